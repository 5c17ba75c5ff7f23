import { knownEventOrNull, TOPICS } from '@jisr/contracts';
import type { EventBus, Subscription } from '@jisr/event-bus';
import type { Logger } from '@jisr/logger';
import {
  receiveIntroductionRequest,
  withdrawIntroduction,
} from '../../domain/introduction/receive-introduction.use-case';
import type { MessagingContext } from '../../domain/messaging-context';

const CONSUMER = 'messaging.introductions';

/**
 * Requests and withdrawals from matching. The topic also carries the decisions messaging itself
 * publishes; those are facts we already hold and are passed over. An event that fails validation
 * throws, so the bus retries it and then parks it on the dead-letter topic.
 */
export function subscribeToIntroductions(
  bus: EventBus,
  ctx: MessagingContext,
  logger: Logger,
): Promise<Subscription> {
  return bus.subscribe({
    groupId: CONSUMER,
    topics: [TOPICS.introduction],
    handler: async (envelope) => {
      const event = knownEventOrNull(envelope);
      if (event?.type === 'introduction.requested') {
        const outcome = await ctx.store.once(CONSUMER, event, (tx) =>
          receiveIntroductionRequest(ctx, tx, event),
        );
        logger.debug({ eventId: event.id, outcome }, 'introduction request received');
      } else if (event?.type === 'introduction.withdrawn') {
        await ctx.store.once(CONSUMER, event, (tx) => withdrawIntroduction(ctx, tx, event));
      }
    },
  });
}
