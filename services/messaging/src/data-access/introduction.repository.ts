import type { Filter } from '@jisr/storage';
import { OPEN_STATUSES, type Introduction } from '../domain/introduction/introduction';
import type { IntroductionRepository } from '../domain/messaging-store.port';
import { PARTY_FIELD } from './collections';
import { pageBySortKey, toEntity, versionedRepository, type CollectionOf } from './versioned.repository';

export function introductionRepository(collection: CollectionOf<Introduction>): IntroductionRepository {
  const find = async (filter: Filter) =>
    (await (await collection()).find(filter)).map((d) => toEntity<Introduction>(d));
  return {
    ...versionedRepository(collection, (intro) => ({ sortKey: `${intro.receivedAt}|${intro.id}` })),
    page: async (query, page) => {
      const filter: Filter = {
        [PARTY_FIELD[query.party]]: query.accountId,
        ...(query.statuses === null ? {} : { status: { $in: [...query.statuses] } }),
      };
      return pageBySortKey(await collection(), filter, page, toEntity<Introduction>);
    },
    due: async (now, limit) => {
      const docs = await (
        await collection()
      ).find(
        // An item waiting on the startup's answer has its own deadline in `dueAt` too.
        { status: { $in: [...OPEN_STATUSES] }, dueAt: { $lte: now.toISOString() } },
        { sort: { dueAt: 1 }, limit },
      );
      return docs.map((d) => toEntity<Introduction>(d));
    },
    openOf: (advisorId) => find({ advisorId, status: { $in: [...OPEN_STATUSES] } }),
    ofParty: (party, accountId) => find({ [PARTY_FIELD[party]]: accountId }),
  };
}
