import { randomUUID } from 'node:crypto';
import { staffActionEvent, type ActingPrincipal } from '@jisr/audit';
import { TOPICS } from '@jisr/contracts';
import { AppError, isAppError, notFound } from '@jisr/errors';
import type { ChangeFeed } from '../change-feed.port';
import type { Clock } from '../clock.port';
import {
  INTRODUCTION_ERRORS,
  concurrentAsConflict,
  writeIntroduction,
} from '../introductions/request-introduction.use-case';
import type { MatchingSettings } from '../matching-context';
import type { MatchingStore } from '../matching-store.port';
import type { Matcher } from '../recommendations/matcher.port';
import type { CohortRound, SkippedPair } from './cohort-round';
import { previewRound, type PreviewInput } from './preview-round';
import { roundInputs } from './round-inputs';

export type { PreviewInput };

export interface CohortRounds {
  preview(input: PreviewInput): Promise<CohortRound>;
  get(roundId: string): Promise<CohortRound>;
  /**
   * Inside `within` (an approved four-eyes request's transaction), the confirmation joins it and
   * the caller calls `announce` after its commit.
   */
  confirm(roundId: string, input: ConfirmInput, within?: MatchingStore): Promise<CohortRound>;
  /** After the confirming transaction commits: the advisors' loads changed, the outbox has events. */
  announce(confirmed: CohortRound): Promise<void>;
}

export interface ConfirmInput {
  readonly note: string;
  readonly correlationId?: string | undefined;
  /** Who confirms (the approver, for a four-eyes round): the audit record names them. */
  readonly actor: ActingPrincipal;
}

export interface CohortRoundDeps {
  readonly store: MatchingStore;
  readonly matcher: Matcher;
  readonly changes: ChangeFeed;
  readonly clock: Clock;
  readonly rules: Pick<MatchingSettings, 'maxOpenRequests'>;
}

/** The confirmation for profile's audit log: the round's state, and how many requests it wrote or skipped. */
const roundConfirmedAudit = (
  before: CohortRound,
  after: CohortRound,
  actor: ActingPrincipal,
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

/** Council-run cohort rounds: an optimal assignment to preview, then confirmed into requests. */
export const createCohortRounds = ({
  store,
  matcher,
  changes,
  clock,
  rules,
}: CohortRoundDeps): CohortRounds => {
  const get = async (roundId: string): Promise<CohortRound> => {
    const round = await store.rounds.get(roundId);
    if (round === null) throw notFound('MATCHING.ROUND_NOT_FOUND', 'No such cohort round.');
    return round;
  };

  const preview = async (input: PreviewInput): Promise<CohortRound> => {
    const inputs = await roundInputs(store, input);
    // Pins naming startups outside the cohort or beyond an advisor's places are refused by the engine (422).
    const assignment = matcher.assignCohort({
      startupIds: inputs.startupIds,
      objective: input.objective,
      pinned: input.pinned,
      forbidden: inputs.forbidden,
    });
    const round = previewRound(input, inputs, assignment, {
      id: randomUUID(),
      createdAt: clock.now().toISOString(),
    });
    return store.rounds.save(round);
  };

  const announce: CohortRounds['announce'] = (confirmed) =>
    changes.committed({ loads: [...new Set(confirmed.pairs.map((p) => p.advisorId))], outbox: true });

  const confirm: CohortRounds['confirm'] = async (roundId, { note, correlationId, actor }, within) => {
    const confirmed = await (within ?? store)
      .transaction(async (tx) => {
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
              rules.maxOpenRequests,
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
      })
      .catch(concurrentAsConflict);
    if (within === undefined) await announce(confirmed);
    return confirmed;
  };

  return { preview, get, confirm, announce };
};
