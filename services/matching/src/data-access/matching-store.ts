import type { EventEnvelope } from '@jisr/contracts';
import { createIdempotentConsumer, type Outbox } from '@jisr/outbox';
import type { CollectionSpec, Storage, Tx } from '@jisr/storage';
import type { CohortRound } from '../domain/cohort-rounds/cohort-round';
import type { RoundRun } from '../domain/cohort-rounds/round-run';
import type { IntroductionRecord } from '../domain/introductions/introduction';
import type { MatchingStore, OpenRequestsRecord, RecordRepository } from '../domain/matching-store.port';
import type { StartupProgress } from '../domain/progress/startup-progress';
import type { AdvisorRecord, ProgrammeRecord, StartupRecord } from '../domain/read-model/profile-records';
import { approvalRepository, APPROVALS } from './approval.repository';
import { createIntroductionRepository, INTRODUCTIONS } from './introduction.repository';
import { createProgressRepository, PROGRESS } from './progress.repository';
import { openCollection, recordRepository } from './record-repository';

const STARTUPS: CollectionSpec = {
  name: 'startups',
  indexes: [{ name: 'by_verification', fields: { verification: 1 } }],
};
const ADVISORS: CollectionSpec = {
  name: 'advisors',
  indexes: [{ name: 'by_verification', fields: { verification: 1 } }],
};
const PROGRAMMES: CollectionSpec = { name: 'programmes' };
const OPEN_REQUESTS: CollectionSpec = { name: 'open_requests' };
const ROUND_RUNS: CollectionSpec = { name: 'cohort_round_runs' };
const COHORT_ROUNDS: CollectionSpec = {
  name: 'cohort_rounds',
  indexes: [{ name: 'by_cohort', fields: { cohortId: 1, createdAt: -1 } }],
};

export const MATCHING_COLLECTIONS = [
  STARTUPS,
  ADVISORS,
  PROGRAMMES,
  INTRODUCTIONS,
  OPEN_REQUESTS,
  COHORT_ROUNDS,
  ROUND_RUNS,
  PROGRESS,
  APPROVALS,
];

// Repositories open their collection on first use: a transaction touching two collections declares two.
const lazy = <T>(open: () => Promise<T>): (() => Promise<T>) => {
  let opened: Promise<T> | undefined;
  return () => (opened ??= open());
};

const lazyRecords = <R extends { readonly id: string; readonly revision: number }>(
  storage: Storage,
  spec: CollectionSpec,
): RecordRepository<R> => {
  const repo = lazy(async () => recordRepository<R>(await openCollection<R>(storage, spec)));
  return {
    get: async (id) => (await repo()).get(id),
    save: async (record) => (await repo()).save(record),
    all: async () => (await repo()).all(),
  };
};

type Consumer = {
  process(event: EventEnvelope, work: (tx: Tx) => Promise<void>): Promise<'applied' | 'duplicate'>;
};

/**
 * Matching's store on the storage port. Outside a transaction the outbox refuses writes, because
 * an event must commit together with the state it describes.
 */
export const createMatchingStore = async (storage: Storage, outbox: Outbox): Promise<MatchingStore> => {
  for (const spec of MATCHING_COLLECTIONS) await storage.collection(spec);
  const consumers = new Map<string, Promise<Consumer>>();
  const consumer = (name: string): Promise<Consumer> => {
    let found = consumers.get(name);
    if (found === undefined) {
      found = Promise.resolve(createIdempotentConsumer(storage, name));
      consumers.set(name, found);
    }
    return found;
  };

  const bind = (scope: Storage, tx: Tx | null): MatchingStore => {
    const store: MatchingStore = {
      startups: lazyRecords<StartupRecord>(scope, STARTUPS),
      advisors: lazyRecords<AdvisorRecord>(scope, ADVISORS),
      programmes: lazyRecords<ProgrammeRecord>(scope, PROGRAMMES),
      introductions: createIntroductionRepository(
        lazy(() => openCollection<IntroductionRecord>(scope, INTRODUCTIONS)),
      ),
      openRequests: lazyRecords<OpenRequestsRecord>(scope, OPEN_REQUESTS),
      rounds: lazyRecords<CohortRound>(scope, COHORT_ROUNDS),
      roundRuns: lazyRecords<RoundRun>(scope, ROUND_RUNS),
      progress: createProgressRepository(lazy(() => openCollection<StartupProgress>(scope, PROGRESS))),
      approvals: approvalRepository(scope),
      outbox: {
        append: async (topic, events) => {
          if (tx === null) throw new Error('Outbox writes belong inside store.transaction(...).');
          await outbox.append(tx, topic, events);
        },
      },
      transaction: (work) =>
        tx === null ? storage.transaction((inner) => work(bind(inner, inner))) : work(store),
      once: async (name, event, work) =>
        (await consumer(name)).process(event, (inner) => work(bind(inner, inner))),
    };
    return store;
  };
  return bind(storage, null);
};
