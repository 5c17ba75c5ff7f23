import { versionedRepository, type CollectionSource, type CollectionSpec } from '@jisr/storage';
import type { ProgressRepository } from '../domain/matching-store.port';
import type { StartupProgress } from '../domain/progress/startup-progress';

export const PROGRESS: CollectionSpec = {
  name: 'programme_progress',
  indexes: [{ name: 'by_startup', fields: { startupId: 1 } }],
};

/** The progress projection on its collection, opened on first use. */
export const createProgressRepository = (collection: CollectionSource): ProgressRepository => {
  const records = versionedRepository<StartupProgress>(collection);
  return {
    get: records.get,
    save: records.save,
    all: () => records.find(),
    ofStartup: (startupId) => records.find({ startupId }),
    remove: (id) => records.remove(id),
  };
};
