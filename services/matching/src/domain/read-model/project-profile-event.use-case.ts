import type { MatchingContext } from '../matching-context';
import type { MatchingTx } from '../matching-store.port';
import { forgetStartupProgress } from '../progress/forget-startup-progress';
import { applyAdvisorEvent, applyProgrammeEvent, applyStartupEvent } from './apply-profile-event';
import type { AdvisorEvent, ProgrammeEvent, StartupEvent } from './profile-records';
import { withdrawOpenRequestsOf } from './withdraw-open-requests';

export type ProfileEvent = StartupEvent | AdvisorEvent | ProgrammeEvent;
export type Outcome = 'applied' | 'duplicate' | 'unchanged';

const CONSUMER = 'matching.profile-read-model';

const isStartupEvent = (event: ProfileEvent): event is StartupEvent => event.type.startsWith('startup.');
const isAdvisorEvent = (event: ProfileEvent): event is AdvisorEvent => event.type.startsWith('advisor.');

/**
 * An erased startup's requests stay as anonymous counts for the pipeline; the notes it wrote go.
 * Its open requests were withdrawn just before, so messaging drops them from advisors' inboxes.
 */
const forgetNotes = async (tx: MatchingTx, startupId: string): Promise<void> => {
  for (const intro of await tx.introductions.listByStartup(startupId)) {
    if (intro.note !== '') await tx.introductions.save({ ...intro, note: '' });
  }
};

/**
 * Folds one profile event into the read model. Repeats are dropped by event id, and older versions
 * by the record's field versions, so any delivery order and any number of redeliveries end the same.
 */
export async function projectProfileEvent(
  { store, changes }: MatchingContext,
  event: ProfileEvent,
): Promise<Outcome> {
  let changed = false;
  let loads: string[] = [];
  const outcome = await store.once(CONSUMER, event, async (tx) => {
    if (isStartupEvent(event)) {
      const next = applyStartupEvent(await tx.startups.get(event.aggregateId), event);
      if (next !== null) {
        await tx.startups.save(next);
        loads = await withdrawOpenRequestsOf(tx, event);
      }
      if (next?.erased === true) await forgetNotes(tx, event.aggregateId);
      // Even when the record already shows the erasure (rows projected before erasure forgot progress).
      const forgotten =
        event.type === 'startup.erased' ? await forgetStartupProgress(tx, event.aggregateId) : 0;
      changed = next !== null || forgotten > 0;
    } else if (isAdvisorEvent(event)) {
      const next = applyAdvisorEvent(await tx.advisors.get(event.aggregateId), event);
      if (next !== null) {
        await tx.advisors.save(next);
        loads = await withdrawOpenRequestsOf(tx, event);
      }
      changed = next !== null;
    } else {
      const next = applyProgrammeEvent(await tx.programmes.get(event.aggregateId), event);
      if (next !== null) await tx.programmes.save(next);
      changed = next !== null;
    }
  });
  if (outcome === 'duplicate') return 'duplicate';
  if (!changed) return 'unchanged';
  const ids = [event.aggregateId];
  const withdrawals = loads.length === 0 ? {} : { loads, outbox: true };
  await changes.committed(
    isStartupEvent(event)
      ? { startups: ids, ...withdrawals }
      : isAdvisorEvent(event)
        ? { advisors: ids, ...withdrawals }
        : { programmes: ids },
  );
  return 'applied';
}
