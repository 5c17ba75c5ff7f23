import { knownEventOrNull, TOPICS } from '@jisr/contracts';
import type { EventBus, Subscription } from '@jisr/event-bus';
import type { Logger } from '@jisr/logger';
import { followIntroduction } from '../../domain/introductions/introduction-lifecycle.use-case';
import type { MatchingContext } from '../../domain/matching-context';
import type { IntroductionEvent } from '../../domain/read-model/profile-records';

// Matching wrote `requested` and `withdrawn` itself when it committed them.
const OWN_EVENTS: readonly string[] = ['introduction.requested', 'introduction.withdrawn'];

/** Messaging's answers on `introduction.v1` → request state and advisor load. */
export const subscribeIntroductionEvents = (
  bus: EventBus,
  groupPrefix: string,
  ctx: MatchingContext,
  logger: Logger,
): Promise<Subscription> =>
  bus.subscribe({
    groupId: `${groupPrefix}.introduction-lifecycle`,
    topics: [TOPICS.introduction],
    handler: async (envelope) => {
      const event = knownEventOrNull(envelope);
      if (event === null || !event.type.startsWith('introduction.') || OWN_EVENTS.includes(event.type))
        return;
      const outcome = await followIntroduction(ctx, event as IntroductionEvent);
      if (outcome === 'unknown')
        logger.warn({ eventId: event.id, type: event.type }, 'event for an unknown introduction ignored');
      else logger.debug({ eventId: event.id, type: event.type, outcome }, 'introduction event applied');
    },
  });
