import type { Collection, Filter, StoredDoc } from '@jisr/storage';
import type { Page, PageRequest, VersionedRepository } from '../domain/profile-store.port';

interface Entity {
  readonly id: string;
  readonly version: number;
}

type Doc = StoredDoc & Record<string, unknown>;

// Domain entities say `id`; stored documents say `_id`. The version travels in its own column.
const toDoc = ({ id, version: _version, ...rest }: Entity): Omit<Doc, 'version'> => ({ _id: id, ...rest });
const toEntity = <T>({ _id, ...rest }: Doc): T => ({ id: _id, ...rest }) as T;

export interface DocumentRepository<T extends Entity> extends VersionedRepository<T> {
  /** Keyset pagination on `_id` (time-ordered ids), oldest first or newest first. */
  page(filter: Filter, page: PageRequest, newestFirst?: boolean): Promise<Page<T>>;
  find(filter: Filter): Promise<T[]>;
  removeWhere(filter: Filter): Promise<void>;
}

/** The optimistic save rule of the port on one collection: version 0 inserts, any other must match. */
export function documentRepository<T extends Entity>(collection: Collection<Doc>): DocumentRepository<T> {
  return {
    get: async (id) => {
      const doc = await collection.get(id);
      return doc === null ? null : toEntity<T>(doc);
    },
    save: async (entity) => {
      const doc = toDoc(entity);
      const saved =
        entity.version === 0 ? await collection.insert(doc) : await collection.update(doc, entity.version);
      return toEntity<T>(saved);
    },
    remove: async (id) => {
      await collection.delete(id);
    },
    page: async (filter, { after, limit }, newestFirst = false) => {
      const position = after === null ? {} : { _id: newestFirst ? { $lt: after } : { $gt: after } };
      const docs = await collection.find(
        { ...filter, ...position },
        { sort: { _id: newestFirst ? -1 : 1 }, limit: limit + 1 },
      );
      const items = docs.slice(0, limit).map((doc) => toEntity<T>(doc));
      return { items, next: docs.length > limit ? (items.at(-1)?.id ?? null) : null };
    },
    find: async (filter) => (await collection.find(filter)).map((doc) => toEntity<T>(doc)),
    removeWhere: async (filter) => {
      for (const doc of await collection.find(filter)) await collection.delete(doc._id);
    },
  };
}
