import { randomUUID } from 'node:crypto';
import { TOPICS, makeEvent } from '@jisr/contracts';
import { AppError, ConflictError, conflict, notFound } from '@jisr/errors';
import type { MatchingContext } from '../matching-context';
import type { MatchingTx } from '../matching-store.port';
import type { PairFit } from '../recommendations/matcher.port';
import { newRequestedIntroduction, toEventExplanation, type IntroductionRecord } from './introduction';
import { refuseCurrentAdvisor } from './current-advisors';
import { takeOpenSlot } from './open-requests';

export interface NewIntroduction {
  readonly startupId: string;
  readonly advisorId: string;
  readonly note: string;
  readonly programmeId: string | null;
  readonly roundId: string | null;
  readonly fit: PairFit;
  readonly correlationId?: string | undefined;
}

/**
 * Writes a new `requested` introduction, its open-request slot and its `introduction.requested`
 * event, all inside the caller's transaction.
 */
export const writeIntroduction = async (
  tx: MatchingTx,
  input: NewIntroduction,
  now: Date,
  maxOpen: number,
): Promise<IntroductionRecord> => {
  const id = randomUUID();
  await refuseCurrentAdvisor(tx, input.startupId, input.advisorId);
  await takeOpenSlot(
    tx,
    { startupId: input.startupId, advisorId: input.advisorId, introductionId: id },
    maxOpen,
  );
  const record = await tx.introductions.save(
    newRequestedIntroduction({
      id,
      startupId: input.startupId,
      advisorId: input.advisorId,
      note: input.note,
      programmeId: input.programmeId,
      roundId: input.roundId,
      score: input.fit.score,
      explanation: input.fit.explanation,
      requestedAt: now.toISOString(),
    }),
  );
  const payload = {
    introductionId: id,
    startupId: input.startupId,
    advisorId: input.advisorId,
    note: input.note,
    ...(input.programmeId === null ? {} : { programmeId: input.programmeId }),
    score: input.fit.score,
    explanation: toEventExplanation(input.fit.explanation),
    requestedAt: record.requestedAt,
  };
  const event = makeEvent('introduction.requested', {
    aggregateId: id,
    version: 1,
    payload,
    occurredAt: record.requestedAt,
    ...(input.correlationId === undefined ? {} : { correlationId: input.correlationId }),
  });
  await tx.outbox.append(TOPICS.introduction, [event]);
  return record;
};

export const INTRODUCTION_ERRORS = {
  startupNotMatchable: 'MATCHING.STARTUP_NOT_VERIFIED',
  advisorNotFound: 'MATCHING.ADVISOR_NOT_FOUND',
  advisorFull: 'MATCHING.ADVISOR_FULL',
  notAMatch: 'MATCHING.NOT_A_MATCH',
} as const;

/** Another request of the same startup committed first; the client may simply retry. */
export const concurrentAsConflict = (error: unknown): never => {
  if (error instanceof ConflictError) {
    throw new AppError(
      'MATCHING.CONCURRENT_REQUEST',
      'Another request changed this at the same time; try again.',
      {
        status: 409,
        cause: error,
      },
    );
  }
  throw error;
};

/** A startup asks for an introduction to one of its current matches. */
export async function requestIntroduction(
  { store, matcher, changes, clock, settings }: MatchingContext,
  input: {
    startupId: string;
    advisorId: string;
    note: string;
    correlationId?: string | undefined;
  },
): Promise<IntroductionRecord> {
  if (!matcher.isMatchableStartup(input.startupId)) {
    throw new AppError(
      INTRODUCTION_ERRORS.startupNotMatchable,
      'Your profile must be verified before requesting introductions.',
      {
        status: 422,
      },
    );
  }
  // Before the capacity check: a current advisor is often full because of this very startup.
  await refuseCurrentAdvisor(store, input.startupId, input.advisorId);
  const seat = matcher.seat(input.advisorId);
  if (seat === null) throw notFound(INTRODUCTION_ERRORS.advisorNotFound, 'No such advisor is available.');
  if (seat.load >= seat.capacity)
    throw conflict(INTRODUCTION_ERRORS.advisorFull, 'This advisor has no free capacity.');
  const fit = matcher.fit(input.startupId, input.advisorId);
  if (fit === null || fit.score < settings.minScore) {
    throw new AppError(
      INTRODUCTION_ERRORS.notAMatch,
      `This advisor is not a current match (minimum score ${settings.minScore}).`,
      {
        status: 422,
      },
    );
  }
  const startup = await store.startups.get(input.startupId);
  const record = await store
    .transaction((tx) =>
      writeIntroduction(
        tx,
        { ...input, programmeId: startup?.profile?.programmeId ?? null, roundId: null, fit },
        clock.now(),
        settings.maxOpenRequests,
      ),
    )
    .catch(concurrentAsConflict);
  await changes.committed({ loads: [record.advisorId], outbox: true });
  return record;
}
