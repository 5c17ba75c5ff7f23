import { staffActionEvent, type StaffActionInput } from '@jisr/audit';
import type { Actor } from '@jisr/auth';
import { TOPICS } from '@jisr/contracts';
import type { MatchingContext } from '../matching-context';

export type StaffAction = Pick<StaffActionInput, 'action' | 'target' | 'before' | 'after'>;

/** Reports an action that changes nothing here (an export) to profile's audit log, through the outbox. */
export async function recordStaffAction(
  { store, changes, clock }: MatchingContext,
  actor: Actor,
  action: StaffAction,
  correlationId?: string,
): Promise<void> {
  const event = staffActionEvent({ service: 'matching', actor, ...action, at: clock.now(), correlationId });
  await store.transaction((tx) => tx.outbox.append(TOPICS.audit, [event]));
  await changes.committed({ outbox: true });
}
