import { TOPICS } from '@jisr/contracts';
import type { Account } from '../accounts/account';
import { sequenceEvents, type EventDraft } from '../event-sequence';
import type { Trace } from '../profile-context';
import type { ProfileTx } from '../profile-store.port';

/** The events a person (startup or advisor) emits on their profile topic. */
export type PersonEvent = Extract<EventDraft, { type: `startup.${string}` | `advisor.${string}` }>;

/**
 * Writes the person's events to the outbox, continuing their per-aggregate sequence, and saves the
 * account with the sequence moved on, all inside the caller's transaction.
 */
export async function emitPersonEvents(
  tx: ProfileTx,
  account: Account,
  events: readonly PersonEvent[],
  now: Date,
  trace: Trace,
): Promise<Account> {
  if (events.length === 0) return account;
  const { envelopes, lastVersion } = sequenceEvents(account.id, account.eventVersion, events, now, trace);
  await tx.outbox.append(account.role === 'advisor' ? TOPICS.advisor : TOPICS.startup, envelopes);
  return tx.accounts.save({ ...account, eventVersion: lastVersion, updatedAt: now.toISOString() });
}

/** `{ [key]: value }` when there is a value, `{}` otherwise: events carry no nulls for absent optional fields. */
export const present = <K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } =>
  (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/**
 * Profile topics are compacted, so the last event of a change must be enough to rebuild a read model:
 * a fact such as `*.verified` or `advisor.paused` is followed by the full `*.upserted` snapshot.
 */
export function withSnapshotLast(events: readonly PersonEvent[], snapshot: () => PersonEvent): PersonEvent[] {
  const last = events.at(-1);
  if (last === undefined || /\.(upserted|erased|deactivated)$/.test(last.type)) return [...events];
  return [...events, snapshot()];
}
