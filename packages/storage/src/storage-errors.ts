import { AppError, ConflictError } from '@jisr/errors';

/** A write broke a unique index (or reused an `_id`). */
export const duplicateKey = (collection: string, cause: unknown): ConflictError =>
  new ConflictError(
    'STORAGE.DUPLICATE',
    `A document with the same unique key already exists in "${collection}".`,
    'duplicate',
    cause,
  );

/** The document changed (or vanished) since the caller read it. */
export const staleVersion = (collection: string, id: string, expectedVersion: number): ConflictError =>
  new ConflictError(
    'STORAGE.STALE_VERSION',
    `Document "${id}" in "${collection}" is no longer at version ${expectedVersion}.`,
    'stale-version',
  );

/** A filter, path, name or option the storage refuses; always a programming error, never user input. */
export const invalidQuery = (message: string): AppError => new AppError('STORAGE.INVALID_QUERY', message);

/** The outer storage was used inside `transaction(work)`; on SQLite that would wait for itself forever. */
export const outsideTransaction = (): AppError =>
  new AppError(
    'STORAGE.TX_MISUSE',
    'Inside transaction(work) use the tx handed to work, not the outer storage.',
  );

/** The `tx` was used after its transaction had committed or rolled back. */
export const transactionClosed = (): AppError =>
  new AppError('STORAGE.TX_CLOSED', 'This transaction has already ended; its tx can no longer be used.');

/** A transactional writer (the outbox) was handed a storage that is not a transaction's `tx`. */
export const transactionRequired = (): AppError =>
  new AppError(
    'STORAGE.TX_REQUIRED',
    'This write belongs inside transaction(work): pass the tx handed to work.',
  );
