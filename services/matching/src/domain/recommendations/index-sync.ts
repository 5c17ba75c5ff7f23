import type { Change } from '../change-feed.port';
import type { MatchingStore } from '../matching-store.port';
import type { AdvisorRecord, ProgrammeRecord, StartupRecord } from '../read-model/profile-records';

/** The in-memory side that scoring runs on; storage stays the system of record. */
export interface LiveIndex {
  /** Adds, replaces or (when the record may no longer be matched) removes a startup. */
  putStartup(record: StartupRecord): void;
  putAdvisor(record: AdvisorRecord): void;
  putProgramme(record: ProgrammeRecord): void;
  /** The startups an advisor works with now (accepted introductions): their load and current advisors. */
  setAccepted(advisorId: string, startupIds: readonly string[]): void;
}

/** Storage and the in-memory index it feeds (plumbing the runtime and the change feed use, not a use case). */
export interface IndexSync {
  readonly store: MatchingStore;
  readonly index: LiveIndex;
}

const startupsByAdvisor = (pairs: readonly { advisorId: string; startupId: string }[]) => {
  const byAdvisor = new Map<string, string[]>();
  for (const { advisorId, startupId } of pairs) {
    const startups = byAdvisor.get(advisorId);
    if (startups === undefined) byAdvisor.set(advisorId, [startupId]);
    else startups.push(startupId);
  }
  return byAdvisor;
};

const reload = async <R>(
  ids: readonly string[] | undefined,
  get: (id: string) => Promise<R | null>,
  put: (r: R) => void,
) => {
  for (const id of ids ?? []) {
    const record = await get(id);
    if (record !== null) put(record);
  }
};

/** Loads the whole read model from storage (at start). */
export async function rebuildIndex({
  store,
  index,
}: IndexSync): Promise<{ startups: number; advisors: number; programmes: number }> {
  // Programmes first: their weights are what startups of a programme are scored with.
  const programmes = await store.programmes.all();
  programmes.forEach((record) => index.putProgramme(record));
  const advisors = await store.advisors.all();
  advisors.forEach((record) => index.putAdvisor(record));
  const accepted = startupsByAdvisor(await store.introductions.acceptedPairs());
  advisors.forEach((record) => index.setAccepted(record.id, accepted.get(record.id) ?? []));
  const startups = await store.startups.all();
  startups.forEach((record) => index.putStartup(record));
  return { startups: startups.length, advisors: advisors.length, programmes: programmes.length };
}

/** Reloads what one committed change touched, from storage, so every replica converges on it. */
export async function reloadIntoIndex({ store, index }: IndexSync, change: Change): Promise<void> {
  await reload(
    change.programmes,
    (id) => store.programmes.get(id),
    (r) => index.putProgramme(r),
  );
  await reload(
    change.advisors,
    (id) => store.advisors.get(id),
    (r) => index.putAdvisor(r),
  );
  await reload(
    change.startups,
    (id) => store.startups.get(id),
    (r) => index.putStartup(r),
  );
  if (change.loads !== undefined && change.loads.length > 0) {
    const accepted = startupsByAdvisor(await store.introductions.acceptedPairs(change.loads));
    change.loads.forEach((id) => index.setAccepted(id, accepted.get(id) ?? []));
  }
}
