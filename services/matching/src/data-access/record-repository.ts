import type { Collection, CollectionSpec, Storage, StoredDoc } from '@jisr/storage';
import type { RecordRepository } from '../domain/matching-store.port';

type Record = { readonly id: string; readonly revision: number };
type DocOf<R extends Record> = Omit<R, 'id' | 'revision'> & StoredDoc;

// Domain records name their id `id` and their storage version `revision`; documents use `_id` and `version`.
export const toRecord = <R extends Record>(doc: DocOf<R>): R => {
  const { _id, version, ...rest } = doc;
  return { ...rest, id: _id, revision: version } as unknown as R;
};

export const toDoc = <R extends Record>(record: R): Omit<DocOf<R>, 'version'> => {
  const { id, revision: _revision, ...rest } = record;
  return { ...rest, _id: id } as unknown as Omit<DocOf<R>, 'version'>;
};

/** get / save (insert at revision 0, else update expecting the record's revision) / all. */
export const recordRepository = <R extends Record>(
  collection: Collection<DocOf<R>>,
): RecordRepository<R> => ({
  get: async (id) => {
    const doc = await collection.get(id);
    return doc === null ? null : toRecord<R>(doc);
  },
  save: async (record) => {
    const doc = toDoc(record);
    const stored =
      record.revision === 0 ? await collection.insert(doc) : await collection.update(doc, record.revision);
    return toRecord<R>(stored);
  },
  all: async () => (await collection.find({}, { sort: { _id: 1 } })).map((doc) => toRecord<R>(doc)),
});

export const openCollection = <R extends Record>(
  storage: Storage,
  spec: CollectionSpec,
): Promise<Collection<DocOf<R>>> => storage.collection<DocOf<R>>(spec);

export type { DocOf };
