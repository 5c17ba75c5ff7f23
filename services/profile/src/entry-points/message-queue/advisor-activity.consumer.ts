import { knownEventOrNull, TOPICS, type KnownEvent } from '@jisr/contracts';
import type { EventBus, Subscription } from '@jisr/event-bus';
import type { Logger } from '@jisr/logger';
import { applyAdvisorActivity, type AdvisorActivity } from '../../domain/advisors/pause.use-case';
import type { ProfileContext } from '../../domain/profile-context';

export const ADVISOR_ACTIVITY_CONSUMER = 'profile.advisor-activity';

/** The facts on messaging's activity topic that profile acts on; anything else there is not ours. */
const activityOf = (event: KnownEvent): AdvisorActivity | null => {
  switch (event.type) {
    case 'advisor.unresponsive':
      return {
        type: event.type,
        advisorId: event.payload.advisorId,
        introductionIds: event.payload.introductionIds,
      };
    case 'advisor.paused':
      return { type: event.type, advisorId: event.payload.advisorId, reason: event.payload.reason };
    case 'advisor.resumed':
      return { type: event.type, advisorId: event.payload.advisorId };
    default:
      return null;
  }
};

/**
 * Consumes `messaging.advisor-activity.v1`: an unresponsive advisor is paused and the council told;
 * a pause or resume from the inbox flips profile's switch. Each event id applies once; a payload
 * that fails its contract throws, so the bus retries it and then dead-letters it.
 */
export function subscribeAdvisorActivity(
  bus: EventBus,
  ctx: ProfileContext,
  logger: Logger,
): Promise<Subscription> {
  return bus.subscribe({
    groupId: ADVISOR_ACTIVITY_CONSUMER,
    topics: [TOPICS.advisorActivity],
    handler: async (envelope) => {
      const event = knownEventOrNull(envelope);
      const activity = event === null ? null : activityOf(event);
      if (activity === null) return;
      const trace = envelope.correlationId === undefined ? {} : { correlationId: envelope.correlationId };
      const outcome = await ctx.store.once(ADVISOR_ACTIVITY_CONSUMER, envelope, (tx) =>
        applyAdvisorActivity(tx, activity, ctx.clock.now(), trace),
      );
      logger.debug({ eventId: envelope.id, type: envelope.type, outcome }, 'advisor activity handled');
    },
  });
}
