import type { EventEnvelope } from '@jisr/contracts';

export interface DeliveryMeta {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  /** 1 on first delivery to this handler, higher on in-process retries. */
  readonly attempt: number;
  /** Message headers; on a dead-letter topic they say why (`DEAD_LETTER_HEADERS`). */
  readonly headers?: Readonly<Record<string, string>>;
}

export type EventHandler = (event: EventEnvelope, meta: DeliveryMeta) => Promise<void>;

export interface RetryPolicy {
  /** Attempts before the message goes to the dead-letter topic (default 5). */
  readonly maxAttempts: number;
  /** First backoff; doubles each attempt (default 100 ms). */
  readonly initialBackoffMs: number;
}

export interface SubscribeOptions {
  /** Consumer group: members of one group share the partitions; each event is handled by one. */
  readonly groupId: string;
  readonly topics: readonly string[];
  readonly handler: EventHandler;
  readonly retry?: RetryPolicy;
  /** Read the topic from its start when the group has no committed offset (default true). */
  readonly fromBeginning?: boolean;
}

export interface Subscription {
  /** Stops this consumer cleanly (in-flight handler finishes, offsets committed). */
  stop(): Promise<void>;
}

/**
 * The event bus: keyed publish (key = `aggregateId`, so one aggregate's events stay in order)
 * and group subscribe with at-least-once delivery. A handler that keeps failing sends the
 * message to `<topic>.dlq` with the error, and the partition moves on.
 */
export interface EventBus {
  publish(topic: string, events: readonly EventEnvelope[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  /** True while the bus can publish (readiness). */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

export const deadLetterTopic = (topic: string): string => `${topic}.dlq`;
