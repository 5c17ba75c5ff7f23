import { TOPICS } from '@jisr/contracts';
import { sequenceEvents } from '../event-sequence';
import type { Trace } from '../profile-context';
import type { ProfileTx } from '../profile-store.port';
import type { OutcomeCheckIn } from './outcome';

/** Saves a check-in with its `progress.outcome-reported` event; the check-in is the event's aggregate. */
export async function publishOutcome(
  tx: ProfileTx,
  checkIn: OutcomeCheckIn,
  now: Date,
  trace: Trace,
): Promise<OutcomeCheckIn> {
  const latest = checkIn.revisions.at(-1);
  if (latest === undefined) throw new Error(`check-in ${checkIn.id} has no revision`);
  const { report } = latest;
  const payload = {
    programmeId: checkIn.programmeId,
    startupId: checkIn.startupId,
    ...(checkIn.cohortId === null ? {} : { cohortId: checkIn.cohortId }),
    ...(checkIn.centreId === null ? {} : { centreId: checkIn.centreId }),
    at: now.toISOString(),
    quarter: checkIn.quarter,
    employees: report.employees,
    womenEmployed: report.womenEmployed,
    youthEmployed: report.youthEmployed,
    revenueBand: report.revenueBand,
    investmentRaised: report.investmentRaised,
    // Company names stay in profile: events carry what other services count, not who said what.
    partnerships: report.turkishDeals.filter((deal) => deal.kind === 'partnership').length,
    exportDeals: report.turkishDeals.filter((deal) => deal.kind === 'export').length,
  };
  const drafts = [{ type: 'progress.outcome-reported' as const, payload }];
  const { envelopes, lastVersion } = sequenceEvents(checkIn.id, checkIn.eventVersion, drafts, now, trace);
  await tx.outbox.append(TOPICS.progress, envelopes);
  return tx.outcomes.checkIns.save({ ...checkIn, eventVersion: lastVersion });
}
