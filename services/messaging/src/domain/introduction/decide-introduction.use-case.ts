import { openThread } from '../conversation/thread';
import type { MessagingContext } from '../messaging-context';
import type { MessagingTx } from '../messaging-store.port';
import { notify } from '../notification/notify';
import { recordResponse } from './advisor-activity';
import { accept, decline, requestInfo, type DeclineReason, type Introduction } from './introduction';
import { activityOf, introductionFor, saveActivity } from './introduction-access';
import { emitIntroductionEvent } from './introduction-events';

export interface DecisionInput {
  readonly advisorId: string;
  readonly introductionId: string;
  readonly correlationId?: string;
}

/** The steps every advisor decision shares: load as the advisor, change, publish, answer the run of expiries. */
async function decide(
  ctx: MessagingContext,
  input: DecisionInput,
  change: (tx: MessagingTx, intro: Introduction, now: Date) => Promise<Introduction>,
): Promise<Introduction> {
  return ctx.store.transaction(async (tx) => {
    const { intro } = await introductionFor(tx, input.introductionId, input.advisorId, 'advisor');
    const now = ctx.clock.now();
    const saved = await tx.introductions.save(await change(tx, intro, now));
    const activity = await activityOf(tx, input.advisorId);
    await saveActivity(tx, activity, recordResponse(activity));
    return saved;
  });
}

export function acceptIntroduction(ctx: MessagingContext, input: DecisionInput): Promise<Introduction> {
  return decide(ctx, input, async (tx, intro, now) => {
    const accepted = await emitIntroductionEvent(
      tx,
      accept(intro, now),
      'introduction.accepted',
      {},
      now,
      input.correlationId,
    );
    await tx.threads.save(openThread(accepted, now));
    await notify(tx, now, {
      userId: intro.startupId,
      kind: 'introduction.accepted',
      introductionId: intro.id,
      threadId: intro.id,
    });
    return accepted;
  });
}

export function declineIntroduction(
  ctx: MessagingContext,
  input: DecisionInput & { reason: DeclineReason; comment: string | null },
): Promise<Introduction> {
  return decide(ctx, input, async (tx, intro, now) => {
    const declined = decline(intro, now, input.reason, input.comment);
    const extra =
      input.comment === null ? { reason: input.reason } : { reason: input.reason, comment: input.comment };
    const published = await emitIntroductionEvent(
      tx,
      declined,
      'introduction.declined',
      extra,
      now,
      input.correlationId,
    );
    await notify(tx, now, {
      userId: intro.startupId,
      kind: 'introduction.declined',
      introductionId: intro.id,
    });
    return published;
  });
}

export function requestIntroductionInfo(
  ctx: MessagingContext,
  input: DecisionInput & { question: string },
): Promise<Introduction> {
  return decide(ctx, input, async (tx, intro, now) => {
    const asked = requestInfo(intro, now, input.question, ctx.infoAnswerDays);
    const extra = { question: input.question };
    const published = await emitIntroductionEvent(
      tx,
      asked,
      'introduction.info-requested',
      extra,
      now,
      input.correlationId,
    );
    await notify(tx, now, {
      userId: intro.startupId,
      kind: 'introduction.info-requested',
      introductionId: intro.id,
    });
    return published;
  });
}
