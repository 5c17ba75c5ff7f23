import type { Collection, CollectionSpec } from '@jisr/storage';
import type { ProgressRepository } from '../domain/matching-store.port';
import type { StartupProgress } from '../domain/progress/startup-progress';
import { recordRepository, toRecord, type DocOf } from './record-repository';

export const PROGRESS: CollectionSpec = {
  name: 'programme_progress',
  indexes: [{ name: 'by_startup', fields: { startupId: 1 } }],
};

type ProgressDoc = DocOf<StartupProgress>;

/** The progress projection on its collection, opened on first use. */
export const createProgressRepository = (
  collection: () => Promise<Collection<ProgressDoc>>,
): ProgressRepository => {
  const records = async () => recordRepository<StartupProgress>(await collection());
  return {
    get: async (id) => (await records()).get(id),
    save: async (record) => (await records()).save(record),
    all: async () => (await records()).all(),
    ofStartup: async (startupId) =>
      (await (await collection()).find({ startupId })).map((doc) => toRecord<StartupProgress>(doc)),
    remove: async (id) => {
      await (await collection()).delete(id);
    },
  };
};
