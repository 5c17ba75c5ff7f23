import { type EventEnvelope, eventEnvelopeSchema } from '@jisr/contracts';
import { AppError } from '@jisr/errors';
import { assertTx, type CollectionSpec, type Storage, type StoredDoc, type Tx } from '@jisr/storage';

/** One event waiting for (or done with) publication; `_id` is the event id. */
export interface OutboxEntry extends StoredDoc {
  readonly topic: string;
  readonly event: EventEnvelope;
  readonly createdAt: string;
  /** Creation order: microseconds since the epoch, strictly rising within a process. */
  readonly position: number;
  readonly sentAt: string | null;
}

export const OUTBOX_SPEC: CollectionSpec = {
  name: 'outbox',
  indexes: [
    { name: 'pending_in_order', fields: { sentAt: 1, position: 1 } },
    // Pruning reads the oldest sent entries first; ties break by `_id`, so this order needs no sort step.
    { name: 'sent_by_age', fields: { sentAt: 1, _id: 1 } },
  ],
};

export interface Outbox {
  /**
   * Adds events to the outbox inside the caller's transaction, so they exist exactly when the
   * state change they describe does. Call `relay.nudge()` after the commit to publish at once.
   * Only a transaction's `tx` is accepted (`STORAGE.TX_REQUIRED` otherwise).
   */
  append(tx: Tx, topic: string, events: readonly EventEnvelope[]): Promise<void>;
}

/** The outbox as a service's transaction hands it to domain code: bound to that transaction. */
export interface TxOutbox {
  append(topic: string, events: readonly EventEnvelope[]): Promise<void>;
}

/** Binds the outbox to one transaction; `appended` runs after each append (to wake the relay after commit). */
export const outboxIn = (outbox: Outbox, tx: Tx, appended: () => void = () => undefined): TxOutbox => ({
  append: async (topic, events) => {
    await outbox.append(tx, topic, events);
    appended();
  },
});

export interface OutboxOptions {
  /** Time for `createdAt` and the creation order (default the system clock). */
  readonly clock?: { now(): Date };
}

let lastPosition = 0;

/**
 * Milliseconds would tie within a burst, so positions count microseconds and never repeat or go
 * back in this process (even if the wall clock does); an aggregate's next event is written only
 * after its previous one committed, so across processes time order is enough.
 */
const nextPosition = (now: Date): number => {
  lastPosition = Math.max(now.getTime() * 1000, lastPosition + 1);
  return lastPosition;
};

const checkEvents = (topic: string, events: readonly EventEnvelope[]): EventEnvelope[] => {
  if (typeof topic !== 'string' || topic.length === 0) {
    throw new AppError('OUTBOX.INVALID_EVENT', 'An outbox topic must be a non-empty string.');
  }
  return events.map((event) => {
    const parsed = eventEnvelopeSchema.safeParse(event);
    if (!parsed.success) {
      throw new AppError('OUTBOX.INVALID_EVENT', `Event ${String(event.id)} is not a valid envelope.`, {
        cause: parsed.error,
      });
    }
    return parsed.data;
  });
};

/** Declares the `outbox` collection and returns the writer services use inside their transactions. */
export const createOutbox = async (storage: Storage, options: OutboxOptions = {}): Promise<Outbox> => {
  const now = (): Date => options.clock?.now() ?? new Date();
  await storage.collection<OutboxEntry>(OUTBOX_SPEC);
  return {
    append: async (tx, topic, events) => {
      assertTx(tx);
      const checked = checkEvents(topic, events);
      const entries = await tx.collection<OutboxEntry>(OUTBOX_SPEC);
      for (const event of checked) {
        const at = now();
        await entries.insert({
          _id: event.id,
          topic,
          event,
          createdAt: at.toISOString(),
          position: nextPosition(at),
          sentAt: null,
        });
      }
    },
  };
};
