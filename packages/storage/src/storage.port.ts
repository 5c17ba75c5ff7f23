import type { ConflictError } from '@jisr/errors';

/** Every stored document: a string id and an optimistic-concurrency version (1 on insert). */
export interface StoredDoc {
  readonly _id: string;
  readonly version: number;
}

export type Primitive = string | number | boolean | null;

/** Operators on one (dotted) field path. Arrays in documents match when any element matches. */
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
  readonly sort?: SortSpec;
  readonly limit?: number;
  readonly skip?: number;
}

export interface IndexSpec {
  readonly name: string;
  /** Dotted field paths in order; 1 ascending, -1 descending. */
  readonly fields: Readonly<Record<string, 1 | -1>>;
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

/** A unit of storage: collections plus transactions. Inside `transaction`, use the `tx` handed in. */
export interface Storage {
  /** Declares (idempotently creates) a collection and its indexes. */
  collection<T extends StoredDoc>(spec: CollectionSpec): Promise<Collection<T>>;
  /** Runs `work` atomically: if it throws, nothing it wrote remains. */
  transaction<R>(work: (tx: Storage) => Promise<R>): Promise<R>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type { ConflictError };
