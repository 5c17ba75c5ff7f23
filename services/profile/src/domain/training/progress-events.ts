import { TOPICS } from '@jisr/contracts';
import { sequenceEvents } from '../event-sequence';
import type { ProfileTx } from '../profile-store.port';
import type { Trace } from '../profile-context';
import type { TrainingRoster } from './training-roster';

type TrainingEvent = 'progress.registered' | 'progress.registration-cancelled' | 'progress.attended';

export interface TrainingFact {
  readonly type: TrainingEvent;
  readonly startupId: string;
  readonly cohortId: string | null;
}

/**
 * Saves the roster with its training facts in the outbox (`programme.progress.v1`), in the same
 * transaction. Events are keyed by roster, so one session's facts stay in order for consumers.
 */
export async function saveRoster(
  tx: ProfileTx,
  roster: TrainingRoster,
  centreId: string | undefined,
  facts: readonly TrainingFact[],
  now: Date,
  trace: Trace,
): Promise<TrainingRoster> {
  const at = now.toISOString();
  const drafts = facts.map(({ type, startupId, cohortId }) => ({
    type,
    payload: {
      programmeId: roster.programmeId,
      startupId,
      ...(cohortId === null ? {} : { cohortId }),
      ...(centreId === undefined ? {} : { centreId }),
      at,
      sessionId: roster.sessionId,
    },
  }));
  const { envelopes, lastVersion } = sequenceEvents(roster.id, roster.eventVersion, drafts, now, trace);
  if (envelopes.length > 0) await tx.outbox.append(TOPICS.progress, envelopes);
  return tx.training.rosters.save({ ...roster, eventVersion: lastVersion });
}
