import type { MessagingContext } from '../messaging-context';
import { notify } from '../notification/notify';
import { answerInfo, type Introduction } from './introduction';
import { introductionFor } from './introduction-access';

/**
 * The startup answers the advisor's question; the deadline resumes with the time that was left.
 * No event goes out: the contracts have no `info-provided` type (see the service README).
 */
export function answerInfoRequest(
  ctx: MessagingContext,
  input: { startupId: string; introductionId: string; answer: string },
): Promise<Introduction> {
  return ctx.store.transaction(async (tx) => {
    const { intro } = await introductionFor(tx, input.introductionId, input.startupId, 'startup');
    const now = ctx.clock.now();
    const saved = await tx.introductions.save(answerInfo(intro, now, input.answer));
    await notify(tx, now, {
      userId: intro.advisorId,
      kind: 'introduction.info-provided',
      introductionId: intro.id,
    });
    return saved;
  });
}
