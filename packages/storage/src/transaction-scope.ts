import { AsyncLocalStorage } from 'node:async_hooks';
import type { Storage, Tx } from './storage.port';
import { outsideTransaction, transactionClosed, transactionRequired } from './storage-errors';

// Marks the adapters' transaction handles; module-private, so only `asTx` can set it. A proxy
// around a tx (fault injection in tests) still reads it; a copy of the outer storage never has it.
const TX_MARK = Symbol('jisr.storage.tx');

/** Marks an adapter's transaction handle as the `Tx` it is; only the adapters call this. */
export const asTx = (storage: Storage): Tx =>
  Object.defineProperty(storage, TX_MARK, { value: true, enumerable: false }) as Tx;

/** Fails with `STORAGE.TX_REQUIRED` unless `storage` is a transaction's `tx` (for callers that cast). */
export function assertTx(storage: Storage): asserts storage is Tx {
  if ((storage as unknown as Record<symbol, unknown>)[TX_MARK] !== true) throw transactionRequired();
}

/**
 * Knows whether the current async call chain runs inside one of this storage's transactions, so
 * that using the outer storage there fails loudly instead of escaping the transaction (MongoDB) or
 * waiting for itself forever (SQLite, whose transactions hold the connection).
 */
export class TransactionScope {
  readonly #inside = new AsyncLocalStorage<true>();

  assertOutside(): void {
    if (this.#inside.getStore() === true) throw outsideTransaction();
  }

  run<R>(work: () => Promise<R>): Promise<R> {
    return this.#inside.run(true, work);
  }
}

/** The `tx` handle's liveness: once its transaction ends, every further use is a bug. */
export class TransactionHandle {
  #open = true;

  assertOpen(): void {
    if (!this.#open) throw transactionClosed();
  }

  end(): void {
    this.#open = false;
  }
}

/** First-come-first-served lock for async work (a promise chain; no timers, no polling). */
export class AsyncMutex {
  #tail: Promise<void> = Promise.resolve();

  async run<R>(work: () => Promise<R> | R): Promise<R> {
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    try {
      return await work();
    } finally {
      release();
    }
  }
}
