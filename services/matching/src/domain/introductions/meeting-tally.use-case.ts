import type { MatchingContext } from '../matching-context';
import { applyMeetingEvent, type MeetingEvent } from './meeting-marks';

const CONSUMER = 'matching.meetings';

export type TallyOutcome = 'applied' | 'duplicate' | 'unchanged' | 'unknown';

/** Counts messaging's meetings on their introduction, for the pipeline's "met" step and medians. */
export async function tallyMeeting(
  { store, changes }: MatchingContext,
  event: MeetingEvent,
): Promise<TallyOutcome> {
  const result: { outcome: TallyOutcome } = { outcome: 'unknown' };
  const applied = await store.once(CONSUMER, event, async (tx) => {
    const current = await tx.introductions.get(event.payload.introductionId);
    if (current === null) return;
    const next = applyMeetingEvent(current, event);
    if (next !== null) await tx.introductions.save(next);
    result.outcome = next === null ? 'unchanged' : 'applied';
  });
  if (applied === 'duplicate') return 'duplicate';
  // Nothing in the index moves; this drops the cached pipeline views.
  if (result.outcome === 'applied') await changes.committed({});
  return result.outcome;
}
