import { knownEventOrNull, TOPICS } from '@jisr/contracts';
import type { EventBus, Subscription } from '@jisr/event-bus';
import type { Logger } from '@jisr/logger';
import { appendReportedAction } from '../../domain/audit/reported-action.use-case';
import type { ProfileContext } from '../../domain/profile-context';

export const AUDIT_ACTIONS_CONSUMER = 'profile.audit-actions';

/**
 * Consumes `audit.v1`: matching's and messaging's staff actions join profile's one audit log. Each
 * event id applies once and each action id appends once; a payload that fails its contract throws,
 * so the bus retries it and then dead-letters it.
 */
export function subscribeAuditActions(
  bus: EventBus,
  ctx: ProfileContext,
  logger: Logger,
): Promise<Subscription> {
  return bus.subscribe({
    groupId: AUDIT_ACTIONS_CONSUMER,
    topics: [TOPICS.audit],
    handler: async (envelope) => {
      const event = knownEventOrNull(envelope);
      if (event?.type !== 'audit.action-recorded') return;
      const outcome = await ctx.store.once(AUDIT_ACTIONS_CONSUMER, envelope, (tx) =>
        appendReportedAction(tx, event.payload),
      );
      logger.debug(
        { eventId: envelope.id, actionId: event.payload.actionId, outcome },
        'audit action handled',
      );
    },
  });
}
