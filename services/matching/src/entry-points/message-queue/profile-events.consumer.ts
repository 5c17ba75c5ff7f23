import { knownEventOrNull, TOPICS, type KnownEvent } from '@jisr/contracts';
import type { EventBus, Subscription } from '@jisr/event-bus';
import type { Logger } from '@jisr/logger';
import type { MatchingContext } from '../../domain/matching-context';
import {
  projectProfileEvent,
  type ProfileEvent,
} from '../../domain/read-model/project-profile-event.use-case';

export const PROFILE_TOPICS = [TOPICS.startup, TOPICS.advisor, TOPICS.programme] as const;

const isProfileEvent = (event: KnownEvent): event is ProfileEvent =>
  /^(startup|programme)\./.test(event.type) ||
  (event.type.startsWith('advisor.') && event.type !== 'advisor.unresponsive');

/** Profile topics → read model. A payload that fails its schema throws, so it ends in the dead-letter topic. */
export const subscribeProfileEvents = (
  bus: EventBus,
  groupPrefix: string,
  ctx: MatchingContext,
  logger: Logger,
): Promise<Subscription> =>
  bus.subscribe({
    groupId: `${groupPrefix}.profile-read-model`,
    topics: PROFILE_TOPICS,
    handler: async (envelope) => {
      const event = knownEventOrNull(envelope);
      if (event === null || !isProfileEvent(event)) {
        logger.debug({ type: envelope.type }, 'profile topic event not used by matching');
        return;
      }
      const outcome = await projectProfileEvent(ctx, event);
      logger.debug({ eventId: event.id, type: event.type, outcome }, 'profile event projected');
    },
  });
