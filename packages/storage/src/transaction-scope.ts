import { AsyncLocalStorage } from 'node:async_hooks';
import { outsideTransaction, transactionClosed } from './storage-errors';

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
