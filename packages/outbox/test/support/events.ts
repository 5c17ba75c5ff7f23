import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@jisr/contracts';
import type { EventBus } from '@jisr/event-bus';
import { uniqueName } from '@jisr/test-kit';

/** An envelope with per-test data; the outbox and the bus only care about the envelope. */
export const anEvent = (overrides: Partial<EventEnvelope> = {}): EventEnvelope => ({
  id: randomUUID(),
  type: 'startup.verified',
  occurredAt: new Date().toISOString(),
  aggregateId: 'startup-1',
  version: 1,
  payload: { startupId: overrides.aggregateId ?? 'startup-1' },
  ...overrides,
});

/** Events 1..n of one aggregate, in version order. */
export const eventsOf = (aggregateId: string, count: number): EventEnvelope[] =>
  Array.from({ length: count }, (_, i) =>
    anEvent({ aggregateId, version: i + 1, payload: { startupId: aggregateId } }),
  );

export interface Received {
  readonly events: EventEnvelope[];
  /** How many times the event with this id arrived. */
  timesOf(id: string): number;
  stop(): Promise<void>;
}

/** Subscribes a fresh consumer group to `topic` and records every delivery. */
export const receive = async (bus: EventBus, topic: string): Promise<Received> => {
  const events: EventEnvelope[] = [];
  const subscription = await bus.subscribe({
    groupId: uniqueName('outbox-test'),
    topics: [topic],
    fromBeginning: true,
    handler: async (event) => {
      events.push(event);
    },
  });
  return {
    events,
    timesOf: (id) => events.filter((event) => event.id === id).length,
    stop: () => subscription.stop(),
  };
};
