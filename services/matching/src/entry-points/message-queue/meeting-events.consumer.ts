import { knownEventOrNull, TOPICS } from '@jisr/contracts';
import type { EventBus, Subscription } from '@jisr/event-bus';
import type { Logger } from '@jisr/logger';
import type { MeetingEvent } from '../../domain/introductions/meeting-marks';
import { tallyMeeting } from '../../domain/introductions/meeting-tally.use-case';
import type { MatchingContext } from '../../domain/matching-context';

/** Messaging's `meeting.v1` → meetings counted on their introduction. */
export const subscribeMeetingEvents = (
  bus: EventBus,
  groupPrefix: string,
  ctx: MatchingContext,
  logger: Logger,
): Promise<Subscription> =>
  bus.subscribe({
    groupId: `${groupPrefix}.meetings`,
    topics: [TOPICS.meeting],
    handler: async (envelope) => {
      const event = knownEventOrNull(envelope);
      if (event === null || !event.type.startsWith('meeting.')) return;
      const outcome = await tallyMeeting(ctx, event as MeetingEvent);
      if (outcome === 'unknown')
        logger.warn({ eventId: event.id, type: event.type }, 'meeting of an unknown introduction ignored');
    },
  });
