import { writeWithdrawal } from '../introductions/introduction-lifecycle.use-case';
import type { MatchingTx } from '../matching-store.port';
import type { AdvisorEvent, StartupEvent } from './profile-records';

/** Profile events after which a party can no longer answer or be answered. */
const ENDING_EVENTS = {
  'startup.erased': 'startup-erased',
  'startup.deactivated': 'startup-deactivated',
  'advisor.erased': 'advisor-erased',
  'advisor.deactivated': 'advisor-deactivated',
} as const satisfies Partial<Record<(StartupEvent | AdvisorEvent)['type'], string>>;

const endingReason = (type: string): string | undefined =>
  Object.hasOwn(ENDING_EVENTS, type) ? ENDING_EVENTS[type as keyof typeof ENDING_EVENTS] : undefined;

/**
 * When a startup or advisor leaves, its requests still awaiting an answer would stay open forever and
 * keep counting for the advisor. They are withdrawn in the projection's transaction, so the consumer's
 * event-id record makes this happen once however often the event is delivered.
 * Returns the advisors whose requests moved.
 */
export const withdrawOpenRequestsOf = async (
  tx: MatchingTx,
  event: StartupEvent | AdvisorEvent,
): Promise<string[]> => {
  const reason = endingReason(event.type);
  if (reason === undefined) return [];
  const open = event.type.startsWith('startup.')
    ? await tx.introductions.openByStartup(event.aggregateId)
    : await tx.introductions.openByAdvisor(event.aggregateId);
  const at = new Date(event.occurredAt);
  const correlationId = event.correlationId ?? event.id;
  for (const request of open) await writeWithdrawal(tx, request, reason, at, correlationId);
  return [...new Set(open.map((request) => request.advisorId))];
};
