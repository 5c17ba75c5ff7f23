import type { Filter } from '@jisr/storage';
import { OPEN_STATUSES, type Introduction } from '../domain/introduction/introduction';
import type { IntroductionRepository } from '../domain/messaging-store.port';
import { PARTY_FIELD } from './collections';
import {
  pageBySortKey,
  toEntity,
  versionedRepository,
  type CollectionOf,
  type DocOf,
} from './versioned.repository';

// Items stored before matching and messaging shared one vocabulary say `pending` for `requested`:
// they read as `requested`, are found by it, and are saved with it on their next change.
const LEGACY_REQUESTED = 'pending';
const upgraded = (intro: Introduction): Introduction =>
  (intro.status as string) === LEGACY_REQUESTED ? { ...intro, status: 'requested' } : intro;
const fromDoc = (doc: DocOf<Introduction>): Introduction => upgraded(toEntity<Introduction>(doc));
const stored = (statuses: readonly string[]): string[] =>
  statuses.includes('requested') ? [...statuses, LEGACY_REQUESTED] : [...statuses];

export function introductionRepository(collection: CollectionOf<Introduction>): IntroductionRepository {
  const find = async (filter: Filter) => (await (await collection()).find(filter)).map(fromDoc);
  const versioned = versionedRepository(collection, (intro) => ({
    sortKey: `${intro.receivedAt}|${intro.id}`,
  }));
  return {
    get: async (id) => {
      const intro = await versioned.get(id);
      return intro === null ? null : upgraded(intro);
    },
    save: versioned.save,
    page: async (query, page) => {
      const filter: Filter = {
        [PARTY_FIELD[query.party]]: query.accountId,
        ...(query.statuses === null ? {} : { status: { $in: stored(query.statuses) } }),
      };
      return pageBySortKey(await collection(), filter, page, fromDoc);
    },
    due: async (now, limit) => {
      const docs = await (
        await collection()
      ).find(
        // An item waiting on the startup's answer has its own deadline in `dueAt` too.
        { status: { $in: stored(OPEN_STATUSES) }, dueAt: { $lte: now.toISOString() } },
        { sort: { dueAt: 1 }, limit },
      );
      return docs.map(fromDoc);
    },
    openOf: (advisorId) => find({ advisorId, status: { $in: stored(OPEN_STATUSES) } }),
    ofParty: (party, accountId) => find({ [PARTY_FIELD[party]]: accountId }),
  };
}
