import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { EventEnvelope } from '@jisr/contracts';
import type { DeliveryMeta, EventBus, EventHandler, RetryPolicy } from '@jisr/event-bus';
import { type Logger, createLogger } from '@jisr/logger';
import { uniqueName } from '@jisr/test-kit';

/** Event `version` of aggregate `key`, with per-test data. */
export const anEvent = (
  key: string,
  version: number,
  overrides: Partial<EventEnvelope> = {},
): EventEnvelope => ({
  id: randomUUID(),
  type: 'startup.verified',
  occurredAt: new Date().toISOString(),
  aggregateId: key,
  version,
  payload: { startupId: key },
  ...overrides,
});

/** `versions` events of each of `keys` aggregates, interleaved as busy producers would write them. */
export const interleavedEvents = (
  keys: number,
  versions: number,
  prefix = uniqueName('startup'),
): EventEnvelope[] =>
  Array.from({ length: versions }, (_, v) =>
    Array.from({ length: keys }, (_, k) => anEvent(`${prefix}-${k}`, v + 1)),
  ).flat();

export async function publishInChunks(
  bus: EventBus,
  topic: string,
  events: readonly EventEnvelope[],
  size = 100,
) {
  for (let start = 0; start < events.length; start += size)
    await bus.publish(topic, events.slice(start, start + size));
}

export interface Delivery {
  readonly event: EventEnvelope;
  readonly meta: DeliveryMeta;
}

/** A handler that records what it was given; `fail` decides per delivery whether it throws. */
export class Recorder {
  readonly deliveries: Delivery[] = [];

  constructor(private readonly fail: (delivery: Delivery) => Promise<void> | void = () => undefined) {}

  readonly handler: EventHandler = async (event, meta) => {
    await this.fail({ event, meta });
    this.deliveries.push({ event, meta });
  };

  ids(): Set<string> {
    return new Set(this.deliveries.map(({ event }) => event.id));
  }

  versionsOf(key: string): number[] {
    return this.deliveries.filter(({ event }) => event.aggregateId === key).map(({ event }) => event.version);
  }
}

export const subscribeRecorder = (
  bus: EventBus,
  topic: string,
  recorder: Recorder,
  groupId = uniqueName('group'),
  retry: RetryPolicy = { maxAttempts: 3, initialBackoffMs: 10 },
) => bus.subscribe({ groupId, topics: [topic], handler: recorder.handler, retry, fromBeginning: true });

/** A real JSON logger whose lines the test reads. */
export const capturedLogger = (
  level: 'debug' | 'warn' | 'error' = 'warn',
): { logger: Logger; lines: Record<string, unknown>[] } => {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ service: 'event-bus-test', level, destination }), lines };
};

/** A promise the test resolves by hand, to hold a handler at a known point. */
export const gate = (): { opened: Promise<void>; open(): void } => {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
};
