import type { Actor } from '@jisr/auth';
import { closeThread, otherParty } from '../conversation/thread';
import type { MessagingContext } from '../messaging-context';
import { notify } from '../notification/notify';
import { complete, type Introduction } from './introduction';
import { introductionFor } from './introduction-access';
import { emitIntroductionEvent } from './introduction-events';

/** Either party ends an accepted introduction with a rating; the conversation becomes read-only. */
export function completeIntroduction(
  ctx: MessagingContext,
  input: {
    actor: Actor;
    introductionId: string;
    rating: number;
    comment: string | null;
    correlationId?: string;
  },
): Promise<Introduction> {
  return ctx.store.transaction(async (tx) => {
    const { intro, party } = await introductionFor(tx, input.introductionId, input.actor.sub);
    const now = ctx.clock.now();
    const completed = complete(intro, now, party, input.rating, input.comment);
    const extra = {
      by: party,
      rating: input.rating,
      ...(input.comment === null ? {} : { comment: input.comment }),
    };
    const saved = await tx.introductions.save(
      await emitIntroductionEvent(tx, completed, 'introduction.completed', extra, now, input.correlationId),
    );
    const thread = await tx.threads.get(intro.id);
    if (thread !== null) await tx.threads.save(closeThread(thread, now));
    const other = otherParty(party) === 'startup' ? intro.startupId : intro.advisorId;
    await notify(tx, now, {
      userId: other,
      kind: 'introduction.completed',
      introductionId: intro.id,
      threadId: intro.id,
      params: { rating: input.rating },
    });
    return saved;
  });
}
