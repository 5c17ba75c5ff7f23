import { versionedRepository, type CollectionSource, type Filter } from '@jisr/storage';
import { OPEN_STATUSES, type Introduction } from '../domain/introduction/introduction';
import type { IntroductionRepository } from '../domain/messaging-store.port';
import { NEWEST_FIRST, PARTY_FIELD } from './collections';

// Items stored before matching and messaging shared one vocabulary say `pending` for `requested`:
// they read as `requested`, are found by it, and are saved with it on their next change.
const LEGACY_REQUESTED = 'pending';
const upgraded = (intro: Introduction): Introduction =>
  (intro.status as string) === LEGACY_REQUESTED ? { ...intro, status: 'requested' } : intro;
const stored = (statuses: readonly string[]): string[] =>
  statuses.includes('requested') ? [...statuses, LEGACY_REQUESTED] : [...statuses];

export function introductionRepository(collection: CollectionSource): IntroductionRepository {
  const intros = versionedRepository<Introduction>(collection, {
    storedFields: { sortKey: (intro) => `${intro.receivedAt}|${intro.id}` },
  });
  const find = async (filter: Filter) => (await intros.find(filter)).map(upgraded);
  return {
    get: async (id) => {
      const intro = await intros.get(id);
      return intro === null ? null : upgraded(intro);
    },
    save: intros.save,
    page: async (query, page) => {
      const filter: Filter = {
        [PARTY_FIELD[query.party]]: query.accountId,
        ...(query.statuses === null ? {} : { status: { $in: stored(query.statuses) } }),
      };
      const found = await intros.page(filter, page, NEWEST_FIRST);
      return { ...found, items: found.items.map(upgraded) };
    },
    // An item waiting on the startup's answer has its own deadline in `dueAt` too.
    due: async (now, limit) =>
      (
        await intros.find(
          { status: { $in: stored(OPEN_STATUSES) }, dueAt: { $lte: now.toISOString() } },
          { sort: { dueAt: 1 }, limit },
        )
      ).map(upgraded),
    openOf: (advisorId) => find({ advisorId, status: { $in: stored(OPEN_STATUSES) } }),
    ofParty: (party, accountId) => find({ [PARTY_FIELD[party]]: accountId }),
  };
}
