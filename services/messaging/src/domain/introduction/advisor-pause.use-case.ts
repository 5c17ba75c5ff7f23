import type { MessagingContext } from '../messaging-context';
import { activityOf, saveActivity } from './introduction-access';
import { emitActivityEvent } from './introduction-events';
import { recordResponse } from './advisor-activity';
import { releaseOpenRequests } from './release-open-requests';

/**
 * The advisor pauses themself from the inbox. Profile owns the pause switch, so messaging states
 * the fact on its own topic (`advisor.paused`, reason `self`, on `messaging.advisor-activity.v1`);
 * profile applies it and re-publishes on `profile.advisor.v1`, which is how matching learns it.
 */
export function pauseAdvisor(
  ctx: MessagingContext,
  input: { advisorId: string; releaseOpenRequests: boolean; correlationId?: string },
): Promise<{ released: string[] }> {
  return ctx.store.transaction(async (tx) => {
    const now = ctx.clock.now();
    const before = await activityOf(tx, input.advisorId);
    const payload = { advisorId: input.advisorId, reason: 'self' as const };
    const after = await emitActivityEvent(tx, before, 'advisor.paused', payload, now, input.correlationId);
    await saveActivity(tx, before, after);
    const released = input.releaseOpenRequests
      ? await releaseOpenRequests(tx, input.advisorId, now, 'advisor-paused', input.correlationId)
      : [];
    return { released };
  });
}

/** The advisor is back: the run of expiries starts from zero. */
export function resumeAdvisor(
  ctx: MessagingContext,
  input: { advisorId: string; correlationId?: string },
): Promise<void> {
  return ctx.store.transaction(async (tx) => {
    const before = await activityOf(tx, input.advisorId);
    const payload = { advisorId: input.advisorId };
    const after = await emitActivityEvent(
      tx,
      recordResponse(before),
      'advisor.resumed',
      payload,
      ctx.clock.now(),
      input.correlationId,
    );
    await saveActivity(tx, before, after);
  });
}
