import type { Collection, CollectionSpec, Filter, FindOptions, Storage, StoredDoc } from './storage.port';
import type { Page, PageRequest, VersionedRepository } from './versioned-entities.port';

/** A domain entity: its id (the document's `_id`) and its optimistic version (0 = not stored yet). */
export interface Entity {
  readonly id: string;
  readonly version: number;
}

/** How entities are stored: the entity's fields under `_id` instead of `id`, plus any stored fields. */
export type EntityDoc = StoredDoc & Record<string, unknown>;

/** An open collection, or one opened on first use (a transaction then declares only what it touches). */
export type CollectionSource = Collection<EntityDoc> | (() => Promise<Collection<EntityDoc>>);

/** Keyset order of a page: on `_id` (time-ordered ids) by default, oldest first unless `direction` is -1. */
export interface PageOrder {
  /** A field holding unique strings (a stored field such as `sortKey`, or `_id`). */
  readonly key?: string;
  readonly direction?: 1 | -1;
}

/** The port's get and save on one collection, plus the queries every service's repositories build on. */
export interface EntityRepository<T extends Entity> extends VersionedRepository<T> {
  /** Matching entities, by `options.sort` and then by id. */
  find(filter?: Filter, options?: FindOptions): Promise<T[]>;
  findOne(filter: Filter): Promise<T | null>;
  count(filter?: Filter): Promise<number>;
  /** One page after `request.after`; `next` is the last item's key when more follow. */
  page(filter: Filter, request: PageRequest, order?: PageOrder): Promise<Page<T>>;
  /** Deletes; with `expectedVersion`, only if the stored one matches. Returns whether one was removed. */
  remove(id: string, expectedVersion?: number): Promise<boolean>;
  /** Deletes every match; returns how many. */
  removeWhere(filter: Filter): Promise<number>;
}

export interface VersionedRepositoryOptions<T> {
  /**
   * Fields written beside each entity on save (sort keys, search keys) and never handed back,
   * so the domain does not see how storage finds or orders its entities.
   */
  readonly storedFields?: Readonly<Record<string, (entity: T) => unknown>>;
}

/** A collection opened once, on first use. */
export const lazyCollection = <D extends StoredDoc = EntityDoc>(
  storage: Storage,
  spec: CollectionSpec,
): (() => Promise<Collection<D>>) => {
  let opened: Promise<Collection<D>> | undefined;
  return () => (opened ??= storage.collection<D>(spec));
};

/**
 * The optimistic save rule of {@link VersionedRepository} on one collection: version 0 inserts, any
 * other updates only if nobody wrote since the entity was read (else `STORAGE.STALE_VERSION`).
 */
export function versionedRepository<T extends Entity>(
  source: CollectionSource,
  options: VersionedRepositoryOptions<T> = {},
): EntityRepository<T> {
  const collection = typeof source === 'function' ? source : async () => source;
  const stored = Object.entries(options.storedFields ?? {});
  const toEntity = ({ _id, ...rest }: EntityDoc): T => {
    for (const [field] of stored) delete rest[field];
    return { id: _id, ...rest } as unknown as T;
  };
  const toDoc = (entity: T): Omit<EntityDoc, 'version'> => {
    const { id, version: _version, ...rest } = entity as T & Record<string, unknown>;
    const extra = Object.fromEntries(stored.map(([field, derive]) => [field, derive(entity)]));
    return { ...rest, ...extra, _id: id };
  };
  const find = async (filter?: Filter, findOptions?: FindOptions): Promise<T[]> =>
    (await (await collection()).find(filter, findOptions)).map(toEntity);

  return {
    get: async (id) => {
      const doc = await (await collection()).get(id);
      return doc === null ? null : toEntity(doc);
    },
    save: async (entity) => {
      const c = await collection();
      const doc = toDoc(entity);
      return toEntity(entity.version === 0 ? await c.insert(doc) : await c.update(doc, entity.version));
    },
    find,
    findOne: async (filter) => {
      const doc = await (await collection()).findOne(filter);
      return doc === null ? null : toEntity(doc);
    },
    count: async (filter) => (await collection()).count(filter),
    page: async (filter, { after, limit }, { key = '_id', direction = 1 } = {}) => {
      const position = after === null ? {} : { [key]: direction === 1 ? { $gt: after } : { $lt: after } };
      const docs = await (
        await collection()
      ).find({ ...filter, ...position }, { sort: { [key]: direction }, limit: limit + 1 });
      const items = docs.slice(0, limit);
      const last = items.at(-1);
      return {
        items: items.map(toEntity),
        next: docs.length > limit && last !== undefined ? String(last[key]) : null,
      };
    },
    remove: async (id, expectedVersion) => (await collection()).delete(id, expectedVersion),
    removeWhere: async (filter) => {
      const c = await collection();
      let removed = 0;
      for (const doc of await c.find(filter)) if (await c.delete(doc._id)) removed += 1;
      return removed;
    },
  };
}
