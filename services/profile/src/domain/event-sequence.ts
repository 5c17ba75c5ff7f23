import { makeEvent, type KnownEvent } from '@jisr/contracts';
import type { Trace } from './profile-context';

/** An event before it has an envelope: its type and payload. */
export type EventDraft = {
  [T in KnownEvent['type']]: Pick<Extract<KnownEvent, { type: T }>, 'type' | 'payload'>;
}[KnownEvent['type']];

/**
 * Envelopes for an aggregate's next events, numbered on from `lastVersion` (consumers drop anything
 * not newer than what they hold). Returns them with the aggregate's new last version.
 */
export function sequenceEvents(
  aggregateId: string,
  lastVersion: number,
  drafts: readonly EventDraft[],
  now: Date,
  trace: Trace,
): { envelopes: KnownEvent[]; lastVersion: number } {
  const envelopes = drafts.map(
    (draft, i) =>
      makeEvent(draft.type, {
        aggregateId,
        version: lastVersion + i + 1,
        payload: draft.payload,
        occurredAt: now.toISOString(),
        correlationId: trace.correlationId,
      } as Parameters<typeof makeEvent>[1]) as KnownEvent,
  );
  return { envelopes, lastVersion: lastVersion + drafts.length };
}
