import { TOPICS, makeEvent } from '@jisr/contracts';
import { AppError, notFound } from '@jisr/errors';
import type { MatchingContext } from '../matching-context';
import type { MatchingTx } from '../matching-store.port';
import type { IntroductionEvent } from '../read-model/profile-records';
import { applyIntroductionEvent, isOpen, withdraw, type IntroductionRecord } from './introduction';
import { releaseOpenSlot } from './open-requests';
import { concurrentAsConflict } from './request-introduction.use-case';

const CONSUMER = 'matching.introduction-lifecycle';

export type LifecycleOutcome = 'applied' | 'duplicate' | 'unchanged' | 'unknown';

/**
 * Moves a request by messaging's answer (accepted, declined, info-requested, expired, completed).
 * Open slots are freed as soon as a request stops awaiting an answer; the advisor's load is recounted.
 */
export async function followIntroduction(
  { store, changes }: MatchingContext,
  event: IntroductionEvent,
): Promise<LifecycleOutcome> {
  let moved: IntroductionRecord | null | undefined;
  const outcome = await store.once(CONSUMER, event, async (tx) => {
    const current = await tx.introductions.get(event.payload.introductionId);
    if (current === null) return;
    const next = applyIntroductionEvent(current, event);
    if (next !== null) await tx.introductions.save(next);
    moved = next !== null && next.state !== current.state ? next : null;
    if (moved !== null && isOpen(current.state) && !isOpen(moved.state)) {
      await releaseOpenSlot(tx, current.startupId, current.id);
    }
  });
  if (outcome === 'duplicate') return 'duplicate';
  if (moved === undefined) return 'unknown';
  if (moved === null) return 'unchanged';
  await changes.committed({ loads: [moved.advisorId] });
  return 'applied';
}

/**
 * Moves an open request to `withdrawn`, frees its slot and appends `introduction.withdrawn` with the
 * next version on its key, all inside the caller's transaction. Shared by the startup's own withdrawal
 * and by the profile projection when a party is erased or deactivated.
 */
export const writeWithdrawal = async (
  tx: MatchingTx,
  current: IntroductionRecord,
  reason: string,
  at: Date,
  correlationId?: string,
): Promise<IntroductionRecord> => {
  const next = await tx.introductions.save(withdraw(current, reason, at));
  await releaseOpenSlot(tx, current.startupId, current.id);
  const event = makeEvent('introduction.withdrawn', {
    aggregateId: next.id,
    version: next.eventVersion,
    occurredAt: next.closedAt ?? at.toISOString(),
    payload: {
      introductionId: next.id,
      startupId: next.startupId,
      advisorId: next.advisorId,
      reason,
    },
    ...(correlationId === undefined ? {} : { correlationId }),
  });
  await tx.outbox.append(TOPICS.introduction, [event]);
  return next;
};

export const WITHDRAW_ERRORS = {
  notFound: 'MATCHING.INTRODUCTION_NOT_FOUND',
  notOpen: 'MATCHING.INTRODUCTION_NOT_OPEN',
} as const;

/** The startup takes back a request that has not been answered yet. */
export async function withdrawIntroduction(
  { store, changes, clock }: MatchingContext,
  input: {
    introductionId: string;
    startupId: string;
    reason: string;
    correlationId?: string | undefined;
  },
): Promise<IntroductionRecord> {
  const record = await store
    .transaction(async (tx) => {
      const current = await tx.introductions.get(input.introductionId);
      // Another startup's request answers like a missing one: its existence is not theirs to learn.
      if (current === null || current.startupId !== input.startupId) {
        throw notFound(WITHDRAW_ERRORS.notFound, 'No such introduction request.');
      }
      if (!isOpen(current.state)) {
        throw new AppError(
          WITHDRAW_ERRORS.notOpen,
          `A request in state "${current.state}" cannot be withdrawn.`,
          {
            status: 409,
          },
        );
      }
      return writeWithdrawal(tx, current, input.reason, clock.now(), input.correlationId);
    })
    .catch(concurrentAsConflict);
  await changes.committed({ loads: [record.advisorId], outbox: true });
  return record;
}
