import { staffActionEvent, type ActingPrincipal, type StaffActionInput } from '@jisr/audit';
import { TOPICS } from '@jisr/contracts';
import type { ChangeFeed } from '../change-feed.port';
import type { Clock } from '../clock.port';
import type { MatchingStore } from '../matching-store.port';

export type StaffAction = Pick<StaffActionInput, 'action' | 'target' | 'before' | 'after'>;

export interface StaffActions {
  /** Reports an action that changes nothing here (an export) to profile's audit log, through the outbox. */
  record(actor: ActingPrincipal, action: StaffAction, correlationId?: string): Promise<void>;
}

export const createStaffActions = (
  store: MatchingStore,
  changes: ChangeFeed,
  clock: Clock,
): StaffActions => ({
  record: async (actor, action, correlationId) => {
    const event = staffActionEvent({ service: 'matching', actor, ...action, at: clock.now(), correlationId });
    await store.transaction((tx) => tx.outbox.append(TOPICS.audit, [event]));
    await changes.committed({ outbox: true });
  },
});
