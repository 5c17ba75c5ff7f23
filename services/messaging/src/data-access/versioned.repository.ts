import type { Collection, Filter, StoredDoc } from '@jisr/storage';
import type { Page, PageRequest, VersionedRepository } from '../domain/messaging-store.port';

/** A stored entity: the domain's `id` is the document's `_id`, plus any storage-only fields. */
export type DocOf<E> = StoredDoc & Omit<E, 'id' | 'version'> & Record<string, unknown>;

export type CollectionOf<E> = () => Promise<Collection<DocOf<E>>>;

/** Storage-only fields (sort keys) are named here so they never leak into domain objects. */
const STORAGE_ONLY = ['sortKey'] as const;

export function toEntity<E>(doc: DocOf<E>): E {
  const { _id, version, ...rest } = doc as StoredDoc & Record<string, unknown>;
  const entity: Record<string, unknown> = { id: _id, version, ...rest };
  for (const key of STORAGE_ONLY) delete entity[key];
  return entity as E;
}

export function toDoc<E extends { id: string }>(entity: E, extra: Record<string, unknown> = {}): DocOf<E> {
  const { id, version: _version, ...rest } = entity as E & { version?: number };
  return { _id: id, ...rest, ...extra } as unknown as DocOf<E>;
}

/** Version 0 means "not stored yet": insert; otherwise update only if nobody wrote since it was read. */
export function versionedRepository<E extends { id: string; version: number }>(
  collection: CollectionOf<E>,
  extra: (entity: E) => Record<string, unknown> = () => ({}),
): VersionedRepository<E> {
  return {
    get: async (id) => {
      const doc = await (await collection()).get(id);
      return doc === null ? null : toEntity<E>(doc);
    },
    save: async (entity) => {
      const c = await collection();
      const doc = toDoc(entity, extra(entity));
      const saved = entity.version === 0 ? await c.insert(doc) : await c.update(doc, entity.version);
      return toEntity<E>(saved);
    },
  };
}

/** Newest first by `sortKey`, continuing strictly after the previous page's last key. */
export async function pageBySortKey<D extends StoredDoc & Record<string, unknown>, E>(
  collection: Collection<D>,
  filter: Filter,
  page: PageRequest,
  map: (doc: D) => E,
): Promise<Page<E>> {
  const where: Filter = page.after === null ? filter : { ...filter, sortKey: { $lt: page.after } };
  const docs = await collection.find(where, { sort: { sortKey: -1 }, limit: page.limit + 1 });
  const items = docs.slice(0, page.limit);
  const last = items.at(-1);
  const next = docs.length > page.limit && last !== undefined ? String(last['sortKey']) : null;
  return { items: items.map(map), next };
}
