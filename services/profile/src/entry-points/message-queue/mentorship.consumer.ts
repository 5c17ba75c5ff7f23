import { knownEventOrNull, TOPICS, type KnownEvent } from '@jisr/contracts';
import type { EventBus, Subscription } from '@jisr/event-bus';
import type { Logger } from '@jisr/logger';
import type { MentorshipFact } from '../../domain/mentorships/mentorship';
import { applyMentorshipFact } from '../../domain/mentorships/mentorship.use-case';
import type { ProfileContext } from '../../domain/profile-context';

export const MENTORSHIP_CONSUMER = 'profile.mentorships';

/** Acceptance starts a mentorship and completion ends it; the rest of an introduction's life is not ours. */
const factOf = (event: KnownEvent): MentorshipFact | null => {
  if (event.type !== 'introduction.accepted' && event.type !== 'introduction.completed') return null;
  const { introductionId, startupId, advisorId } = event.payload;
  return { type: event.type, introductionId, startupId, advisorId };
};

/**
 * Consumes `introduction.v1` so profile knows each startup's own mentors (who may confirm its
 * milestones). Each event id applies once; a payload that fails its contract throws, so the bus
 * retries it and then dead-letters it.
 */
export function subscribeMentorships(
  bus: EventBus,
  ctx: ProfileContext,
  logger: Logger,
): Promise<Subscription> {
  return bus.subscribe({
    groupId: MENTORSHIP_CONSUMER,
    topics: [TOPICS.introduction],
    handler: async (envelope) => {
      const event = knownEventOrNull(envelope);
      const fact = event === null ? null : factOf(event);
      if (fact === null) return;
      const outcome = await ctx.store.once(MENTORSHIP_CONSUMER, envelope, (tx) =>
        applyMentorshipFact(tx, fact, envelope.version),
      );
      logger.debug({ eventId: envelope.id, type: envelope.type, outcome }, 'mentorship fact handled');
    },
  });
}
