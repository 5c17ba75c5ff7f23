import { staffActionEvent } from '@jisr/audit';
import type { Actor } from '@jisr/auth';
import { TOPICS } from '@jisr/contracts';
import { AppError, isAppError, notFound } from '@jisr/errors';
import {
  INTRODUCTION_ERRORS,
  concurrentAsConflict,
  writeIntroduction,
} from '../introductions/request-introduction.use-case';
import type { MatchingContext } from '../matching-context';
import type { MatchingTx } from '../matching-store.port';
import type { CohortRound, SkippedPair } from './cohort-round';

export interface ConfirmInput {
  readonly note: string;
  readonly correlationId?: string | undefined;
  /** Who confirms (the approver, for a four-eyes round): the audit record names them. */
  readonly actor: Actor;
}

/** The confirmation for profile's audit log: the round's state, and how many requests it wrote or skipped. */
const roundConfirmedAudit = (
  before: CohortRound,
  after: CohortRound,
  actor: Actor,
  at: Date,
  correlationId: string | undefined,
) => {
  const summary = (round: CohortRound) => ({
    status: round.status,
    cohortId: round.cohortId,
    requests: round.introductionIds.length,
    skipped: round.skipped.length,
  });
  return staffActionEvent({
    service: 'matching',
    actor,
    action: 'cohort-round.confirm',
    target: { type: 'cohort-round', id: after.id },
    before: summary(before),
    after: summary(after),
    at,
    correlationId,
  });
};

/** After the confirming transaction commits: the advisors' loads changed, the outbox has events. */
export const announceRound = ({ changes }: MatchingContext, confirmed: CohortRound): Promise<void> =>
  changes.committed({ loads: [...new Set(confirmed.pairs.map((p) => p.advisorId))], outbox: true });

/**
 * Confirms a previewed round into introduction requests, skipping pairs whose advisor is full or
 * whose startup cannot take another request. Inside `within` (an approved four-eyes request's
 * transaction), the confirmation joins it and the caller calls `announceRound` after its commit.
 */
export async function confirmRound(
  ctx: MatchingContext,
  roundId: string,
  { note, correlationId, actor }: ConfirmInput,
  within?: MatchingTx,
): Promise<CohortRound> {
  const { store, matcher, clock, settings } = ctx;
  const transaction = <T>(work: (tx: MatchingTx) => Promise<T>): Promise<T> =>
    within === undefined ? store.transaction(work) : work(within);
  const confirmed = await transaction(async (tx) => {
    const round = await tx.rounds.get(roundId);
    if (round === null) throw notFound('MATCHING.ROUND_NOT_FOUND', 'No such cohort round.');
    if (round.status !== 'preview')
      throw new AppError('MATCHING.ROUND_CONFIRMED', 'This round was already confirmed.', {
        status: 409,
      });
    const now = clock.now();
    const introductionIds: string[] = [];
    const skipped: SkippedPair[] = [];
    const seatsTaken = new Map<string, number>();
    for (const pair of round.pairs) {
      const seat = matcher.seat(pair.advisorId);
      const taken = seatsTaken.get(pair.advisorId) ?? 0;
      if (seat === null || seat.load + taken >= seat.capacity) {
        skipped.push({
          startupId: pair.startupId,
          advisorId: pair.advisorId,
          code: INTRODUCTION_ERRORS.advisorFull,
        });
        continue;
      }
      try {
        // A refused slot throws before anything of this pair is written, so the others go on.
        const intro = await writeIntroduction(
          tx,
          { ...pair, note, programmeId: round.programmeId, roundId: round.id, fit: pair, correlationId },
          now,
          settings.maxOpenRequests,
        );
        introductionIds.push(intro.id);
        seatsTaken.set(pair.advisorId, taken + 1);
      } catch (error) {
        if (!isAppError(error) || error.status !== 409) throw error;
        skipped.push({ startupId: pair.startupId, advisorId: pair.advisorId, code: error.code });
      }
    }
    const saved = await tx.rounds.save({
      ...round,
      status: 'confirmed',
      confirmedAt: now.toISOString(),
      introductionIds,
      skipped,
    });
    await tx.outbox.append(TOPICS.audit, [roundConfirmedAudit(round, saved, actor, now, correlationId)]);
    return saved;
  }).catch(concurrentAsConflict);
  if (within === undefined) await announceRound(ctx, confirmed);
  return confirmed;
}
