import type { EventEnvelope } from '@jisr/contracts';
import type { DeliveryMeta, EventHandler, RetryPolicy } from './event-bus.port';

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, initialBackoffMs: 100 };

/** Headers a dead-lettered message carries, on both adapters. */
export const DEAD_LETTER_HEADERS = {
  error: 'x-dead-letter-error',
  topic: 'x-dead-letter-topic',
  partition: 'x-dead-letter-partition',
  offset: 'x-dead-letter-offset',
  attempts: 'x-dead-letter-attempts',
  group: 'x-dead-letter-group',
} as const;

export type DeliveryOutcome =
  | { readonly kind: 'handled' }
  | { readonly kind: 'failed'; readonly error: Error; readonly attempts: number };

/** Thrown out of a retry loop whose consumer is stopping: the message stays uncommitted. */
export class DeliveryAborted extends Error {
  constructor() {
    super('consumer stopping: delivery abandoned, to be redelivered');
    this.name = 'DeliveryAborted';
  }
}

export interface RetryHooks {
  /** Checked before every retry; true aborts with `DeliveryAborted`. */
  readonly stopping: () => boolean;
  /** Called while waiting between attempts (the Kafka adapter heartbeats here). */
  readonly waiting?: () => Promise<void>;
}

/**
 * Runs the handler until it succeeds or `maxAttempts` is used up, waiting `initialBackoffMs`
 * doubled each time in between. The caller dead-letters a `failed` outcome and moves on.
 */
export async function deliverWithRetries(
  handler: EventHandler,
  event: EventEnvelope,
  meta: Omit<DeliveryMeta, 'attempt'>,
  policy: RetryPolicy,
  hooks: RetryHooks,
): Promise<DeliveryOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      await handler(event, { ...meta, attempt });
      return { kind: 'handled' };
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      if (attempt >= policy.maxAttempts) return { kind: 'failed', error, attempts: attempt };
      await backoff(policy.initialBackoffMs * 2 ** (attempt - 1), hooks);
    }
  }
}

async function backoff(ms: number, hooks: RetryHooks): Promise<void> {
  const until = Date.now() + ms;
  // In slices, so a stopping consumer does not sit out a long backoff.
  while (Date.now() < until) {
    if (hooks.stopping()) throw new DeliveryAborted();
    await new Promise((resolve) => setTimeout(resolve, Math.min(100, until - Date.now())));
    await hooks.waiting?.();
  }
  if (hooks.stopping()) throw new DeliveryAborted();
}

export function deadLetterHeaders(
  error: Error,
  source: { topic: string; partition: number; offset: string; groupId: string },
  attempts: number,
): Record<string, string> {
  return {
    [DEAD_LETTER_HEADERS.error]: `${error.name}: ${error.message}`.slice(0, 1000),
    [DEAD_LETTER_HEADERS.topic]: source.topic,
    [DEAD_LETTER_HEADERS.partition]: String(source.partition),
    [DEAD_LETTER_HEADERS.offset]: source.offset,
    [DEAD_LETTER_HEADERS.attempts]: String(attempts),
    [DEAD_LETTER_HEADERS.group]: source.groupId,
  };
}

/** Headers every published message carries, so tools can route without parsing the value. */
export function eventHeaders(event: EventEnvelope): Record<string, string> {
  return {
    'x-event-id': event.id,
    'x-event-type': event.type,
    ...(event.correlationId === undefined ? {} : { 'x-correlation-id': event.correlationId }),
  };
}
