import type { ConflictError } from '@jisr/errors';

/** Every stored document: a string id and an optimistic-concurrency version (1 on insert). */
export interface StoredDoc {
  readonly _id: string;
  readonly version: number;
}

export type Primitive = string | number | boolean | null;

/**
 * Operators on one (dotted) field path, with MongoDB's meaning: an array on the path (or at its
 * end) matches when any element matches; `null` also matches a missing field; ranges compare
 * within one type (a number never matches a string). Paths are identifier segments joined by dots.
 */
export interface FieldOps {
  readonly $eq?: Primitive;
  readonly $ne?: Primitive;
  readonly $in?: readonly Primitive[];
  readonly $nin?: readonly Primitive[];
  readonly $gt?: string | number;
  readonly $gte?: string | number;
  readonly $lt?: string | number;
  readonly $lte?: string | number;
  readonly $exists?: boolean;
}

/** A conjunction of field conditions: `{ 'profile.sector': '10', version: { $gt: 2 } }`. */
export type Filter = Readonly<Record<string, Primitive | FieldOps>>;

export type SortSpec = Readonly<Record<string, 1 | -1>>;

export interface FindOptions {
  /** Sort on scalar fields; ties are always broken by `_id`, so every adapter returns the same order. */
  readonly sort?: SortSpec;
  /** `0` returns no documents. */
  readonly limit?: number;
  readonly skip?: number;
}

export interface IndexSpec {
  readonly name: string;
  /** Dotted field paths in order; 1 ascending, -1 descending. */
  readonly fields: Readonly<Record<string, 1 | -1>>;
  /** Unique among documents that have the fields; documents lacking one are not constrained. */
  readonly unique?: boolean;
}

export interface CollectionSpec {
  readonly name: string;
  readonly indexes?: readonly IndexSpec[];
}

export type NewDoc<T extends StoredDoc> = Omit<T, 'version'>;

/**
 * A collection of JSON documents. Writes that break a unique index or carry a stale version
 * throw {@link ConflictError} (`reason` `duplicate` / `stale-version`).
 */
export interface Collection<T extends StoredDoc> {
  get(id: string): Promise<T | null>;
  /** Stores a new document with `version: 1`. */
  insert(doc: NewDoc<T>): Promise<T>;
  /** Replaces the document if its stored version is `expectedVersion`; returns it with version + 1. */
  update(doc: NewDoc<T>, expectedVersion: number): Promise<T>;
  /** Deletes; with `expectedVersion`, only if it matches. Returns whether a document was removed. */
  delete(id: string, expectedVersion?: number): Promise<boolean>;
  find(filter?: Filter, options?: FindOptions): Promise<T[]>;
  findOne(filter: Filter): Promise<T | null>;
  count(filter?: Filter): Promise<number>;
}

/**
 * A unit of storage: collections plus transactions. Inside `transaction`, use the `tx` handed in:
 * the outer storage there fails with `STORAGE.TX_MISUSE`, and the `tx` after its end with
 * `STORAGE.TX_CLOSED`. Refused filters, paths and names fail with `STORAGE.INVALID_QUERY`.
 */
export interface Storage {
  /** Declares (idempotently creates) a collection and its indexes. */
  collection<T extends StoredDoc>(spec: CollectionSpec): Promise<Collection<T>>;
  /**
   * Runs `work` atomically and in isolation: if it throws, nothing it wrote remains. `work` may run
   * more than once (MongoDB retries transient conflicts), so keep side effects other than storage
   * writes out of it. `tx.transaction(inner)` runs `inner` inside the same transaction.
   */
  transaction<R>(work: (tx: Tx) => Promise<R>): Promise<R>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

declare const insideTransaction: unique symbol;

/**
 * The storage handed to `transaction(work)`, and only there. Writers whose records must commit
 * with the state they describe (the outbox) take a `Tx`, so code holding just a `Storage` cannot
 * reach them; `assertTx` checks the same at run time for callers that cast.
 */
export interface Tx extends Storage {
  readonly [insideTransaction]: true;
}

export type { ConflictError };
