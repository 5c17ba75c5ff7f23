import { versionedRepository, type CollectionSource, type CollectionSpec, type Filter } from '@jisr/storage';
import { OPEN_STATES, type IntroductionRecord } from '../domain/introductions/introduction';
import type { IntroductionRepository } from '../domain/matching-store.port';

export const INTRODUCTIONS: CollectionSpec = {
  name: 'introductions',
  indexes: [
    { name: 'by_startup', fields: { startupId: 1, requestedAt: -1 } },
    { name: 'by_advisor_state', fields: { advisorId: 1, state: 1 } },
    { name: 'by_state', fields: { state: 1 } },
  ],
};

const countBy = (records: readonly IntroductionRecord[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(record.advisorId, (counts.get(record.advisorId) ?? 0) + 1);
  return counts;
};

export const createIntroductionRepository = (collection: CollectionSource): IntroductionRepository => {
  const records = versionedRepository<IntroductionRecord>(collection);
  const newestFirst = (filter: Filter) => records.find(filter, { sort: { requestedAt: -1 } });
  return {
    get: records.get,
    save: records.save,
    all: () => records.find(),
    listByStartup: (startupId) => newestFirst({ startupId }),
    listByAdvisor: (advisorId) => newestFirst({ advisorId }),
    openByStartup: (startupId) => newestFirst({ startupId, state: { $in: [...OPEN_STATES] } }),
    openByAdvisor: (advisorId) => newestFirst({ advisorId, state: { $in: [...OPEN_STATES] } }),
    acceptedPairs: async (advisorIds) =>
      (
        await newestFirst(
          advisorIds === undefined
            ? { state: 'accepted' }
            : { state: 'accepted', advisorId: { $in: [...advisorIds] } },
        )
      ).map(({ advisorId, startupId }) => ({ advisorId, startupId })),
    openCounts: async () => countBy(await newestFirst({ state: { $in: [...OPEN_STATES] } })),
  };
};
