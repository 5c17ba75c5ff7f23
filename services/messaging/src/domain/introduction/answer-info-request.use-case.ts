import type { MessagingContext } from '../messaging-context';
import { notify } from '../notification/notify';
import { answerInfo, type Introduction } from './introduction';
import { introductionFor } from './introduction-access';
import { emitIntroductionEvent } from './introduction-events';

/**
 * The startup answers the advisor's question; the advisor's deadline resumes with the time that was
 * left, and `introduction.info-provided` tells matching the request awaits the advisor again.
 */
export function answerInfoRequest(
  ctx: MessagingContext,
  input: { startupId: string; introductionId: string; answer: string },
): Promise<Introduction> {
  return ctx.store.transaction(async (tx) => {
    const { intro } = await introductionFor(tx, input.introductionId, input.startupId, 'startup');
    const now = ctx.clock.now();
    const answered = answerInfo(intro, now, input.answer);
    const extra = { answeredAt: now.toISOString() };
    const saved = await tx.introductions.save(
      await emitIntroductionEvent(tx, answered, 'introduction.info-provided', extra, now),
    );
    await notify(tx, now, {
      userId: intro.advisorId,
      kind: 'introduction.info-provided',
      introductionId: intro.id,
    });
    return saved;
  });
}
