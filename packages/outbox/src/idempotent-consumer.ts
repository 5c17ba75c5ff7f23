import type { EventEnvelope } from '@jisr/contracts';
import { AppError, ConflictError } from '@jisr/errors';
import type { CollectionSpec, Storage, StoredDoc, Tx } from '@jisr/storage';
import { declaredCollection } from './declared-collection';

/** A consumer's record that it applied an event; `_id` is `<consumer>:<event id>`. */
export interface ProcessedEvent extends StoredDoc {
  readonly consumer: string;
  readonly eventId: string;
  readonly type: string;
  readonly processedAt: string;
}

export const PROCESSED_EVENTS_SPEC: CollectionSpec = { name: 'processed_events' };

export type ProcessOutcome = 'applied' | 'duplicate';

export interface IdempotentConsumer {
  /**
   * Runs `work` and records the event as processed in one transaction, so a redelivered event
   * has no second effect: it returns `'duplicate'` without running `work`.
   */
  process(event: EventEnvelope, work: (tx: Tx) => Promise<void>): Promise<ProcessOutcome>;
}

export interface IdempotentConsumerOptions {
  /** Time for `processedAt` (default the system clock). */
  readonly clock?: { now(): Date };
}

export const createIdempotentConsumer = (
  storage: Storage,
  consumerName: string,
  options: IdempotentConsumerOptions = {},
): IdempotentConsumer => {
  if (typeof consumerName !== 'string' || consumerName.length === 0) {
    throw new AppError('OUTBOX.INVALID_CONSUMER', 'An idempotent consumer needs a name.');
  }
  const now = (): Date => options.clock?.now() ?? new Date();
  // Declared once, outside any transaction.
  const processedEvents = declaredCollection<ProcessedEvent>(storage, PROCESSED_EVENTS_SPEC);

  return {
    process: async (event, work) => {
      await processedEvents();
      return storage.transaction(async (tx) => {
        const processed = await tx.collection<ProcessedEvent>(PROCESSED_EVENTS_SPEC);
        const record = {
          _id: `${consumerName}:${event.id}`,
          consumer: consumerName,
          eventId: event.id,
          type: event.type,
          processedAt: now().toISOString(),
        };
        try {
          // Recorded first: the key itself settles a race between two deliveries of one event.
          await processed.insert(record);
        } catch (error) {
          if (error instanceof ConflictError && error.reason === 'duplicate') return 'duplicate';
          throw error;
        }
        await work(tx);
        return 'applied';
      });
    },
  };
};
