import { TOPICS } from '@jisr/contracts';
import { sequenceEvents } from '../event-sequence';
import type { Trace } from '../profile-context';
import type { ProfileTx } from '../profile-store.port';
import type { MilestoneProgress } from './milestone';

const EVENT_OF_STATE = {
  reached: 'progress.milestone-reached',
  confirmed: 'progress.milestone-confirmed',
  'sent-back': 'progress.milestone-sent-back',
} as const;

/**
 * Saves a claim with its progress event in the outbox: reached when the startup claims it,
 * confirmed when its mentor or coordinator agrees, sent back when they do not (the reason stays
 * here). The claim is the event's aggregate.
 */
export async function publishMilestone(
  tx: ProfileTx,
  claim: MilestoneProgress,
  now: Date,
  trace: Trace,
): Promise<MilestoneProgress> {
  const payload = {
    programmeId: claim.programmeId,
    startupId: claim.startupId,
    ...(claim.cohortId === null ? {} : { cohortId: claim.cohortId }),
    ...(claim.centreId === null ? {} : { centreId: claim.centreId }),
    phaseId: claim.phaseId,
    milestoneId: claim.milestoneId,
    at: now.toISOString(),
  };
  const draft = { type: EVENT_OF_STATE[claim.state], payload };
  const { envelopes, lastVersion } = sequenceEvents(claim.id, claim.eventVersion, [draft], now, trace);
  await tx.outbox.append(TOPICS.progress, envelopes);
  return tx.milestones.progress.save({ ...claim, eventVersion: lastVersion });
}
