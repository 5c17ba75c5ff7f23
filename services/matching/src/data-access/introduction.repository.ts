import type { Collection, CollectionSpec } from '@jisr/storage';
import { OPEN_STATES, type IntroductionRecord } from '../domain/introductions/introduction';
import type { IntroductionRepository } from '../domain/matching-store.port';
import { recordRepository, toRecord, type DocOf } from './record-repository';

export const INTRODUCTIONS: CollectionSpec = {
  name: 'introductions',
  indexes: [
    { name: 'by_startup', fields: { startupId: 1, requestedAt: -1 } },
    { name: 'by_advisor_state', fields: { advisorId: 1, state: 1 } },
    { name: 'by_state', fields: { state: 1 } },
  ],
};

type IntroductionDoc = DocOf<IntroductionRecord>;

const countBy = (docs: readonly IntroductionDoc[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const doc of docs) counts.set(doc.advisorId, (counts.get(doc.advisorId) ?? 0) + 1);
  return counts;
};

export const createIntroductionRepository = (
  collection: () => Promise<Collection<IntroductionDoc>>,
): IntroductionRepository => {
  const records = async () => recordRepository<IntroductionRecord>(await collection());
  const find = async (filter: Parameters<Collection<IntroductionDoc>['find']>[0]) =>
    (await collection()).find(filter, { sort: { requestedAt: -1 } });
  return {
    get: async (id) => (await records()).get(id),
    save: async (record) => (await records()).save(record),
    all: async () => (await records()).all(),
    listByStartup: async (startupId) =>
      (await find({ startupId })).map((doc) => toRecord<IntroductionRecord>(doc)),
    listByAdvisor: async (advisorId) =>
      (await find({ advisorId })).map((doc) => toRecord<IntroductionRecord>(doc)),
    openByStartup: async (startupId) =>
      (await find({ startupId, state: { $in: [...OPEN_STATES] } })).map((doc) =>
        toRecord<IntroductionRecord>(doc),
      ),
    openByAdvisor: async (advisorId) =>
      (await find({ advisorId, state: { $in: [...OPEN_STATES] } })).map((doc) =>
        toRecord<IntroductionRecord>(doc),
      ),
    acceptedPairs: async (advisorIds) =>
      (
        await find(
          advisorIds === undefined
            ? { state: 'accepted' }
            : { state: 'accepted', advisorId: { $in: [...advisorIds] } },
        )
      ).map(({ advisorId, startupId }) => ({ advisorId, startupId })),
    openCounts: async () => countBy(await find({ state: { $in: [...OPEN_STATES] } })),
  };
};
