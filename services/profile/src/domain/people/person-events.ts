import { makeEvent, TOPICS, type KnownEvent } from '@jisr/contracts';
import type { Account } from '../accounts/account';
import type { Trace } from '../profile-context';
import type { ProfileTx } from '../profile-store.port';

type EventOf<T extends KnownEvent['type']> = Extract<KnownEvent, { type: T }>;

/** The events a person (startup or advisor) emits on their profile topic. */
export type PersonEvent = {
  [T in KnownEvent['type']]: T extends `startup.${string}` | `advisor.${string}`
    ? Pick<EventOf<T>, 'type' | 'payload'>
    : never;
}[KnownEvent['type']];

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
  const topic = account.role === 'advisor' ? TOPICS.advisor : TOPICS.startup;
  let version = account.eventVersion;
  const envelopes = events.map((event) =>
    makeEvent(event.type, {
      aggregateId: account.id,
      version: ++version,
      payload: event.payload,
      occurredAt: now.toISOString(),
      ...(trace.correlationId === undefined ? {} : { correlationId: trace.correlationId }),
    } as Parameters<typeof makeEvent>[1]),
  );
  await tx.outbox.append(topic, envelopes);
  return tx.accounts.save({ ...account, eventVersion: version, updatedAt: now.toISOString() });
}

/** `{ [key]: value }` when there is a value, `{}` otherwise: events carry no nulls for absent optional fields. */
export const present = <K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } =>
  (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
