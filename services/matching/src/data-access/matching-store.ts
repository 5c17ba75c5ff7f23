import { createIdempotentConsumer, outboxIn, type Outbox } from '@jisr/outbox';
import {
  lazyCollection,
  versionedRepository,
  type CollectionSpec,
  type Entity,
  type Storage,
  type Tx,
} from '@jisr/storage';
import type { CohortRound } from '../domain/cohort-rounds/cohort-round';
import type { RoundRun } from '../domain/cohort-rounds/round-run';
import type {
  MatchingRepositories,
  MatchingStore,
  MatchingTx,
  OpenRequestsRecord,
  RecordRepository,
} from '../domain/matching-store.port';
import type { AdvisorRecord, ProgrammeRecord, StartupRecord } from '../domain/read-model/profile-records';
import { approvalRepository, APPROVALS } from './approval.repository';
import { createIntroductionRepository, INTRODUCTIONS } from './introduction.repository';
import { createProgressRepository, PROGRESS } from './progress.repository';

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
const records = <R extends Entity>(scope: Storage, spec: CollectionSpec): RecordRepository<R> => {
  const repository = versionedRepository<R>(lazyCollection(scope, spec));
  return { get: repository.get, save: repository.save, all: () => repository.find() };
};

const repositoriesIn = (scope: Storage): MatchingRepositories => ({
  startups: records<StartupRecord>(scope, STARTUPS),
  advisors: records<AdvisorRecord>(scope, ADVISORS),
  programmes: records<ProgrammeRecord>(scope, PROGRAMMES),
  introductions: createIntroductionRepository(lazyCollection(scope, INTRODUCTIONS)),
  openRequests: records<OpenRequestsRecord>(scope, OPEN_REQUESTS),
  rounds: records<CohortRound>(scope, COHORT_ROUNDS),
  roundRuns: records<RoundRun>(scope, ROUND_RUNS),
  progress: createProgressRepository(lazyCollection(scope, PROGRESS)),
  approvals: approvalRepository(scope),
});

/**
 * Matching's store on the storage port. The outbox exists only on the `MatchingTx` a transaction
 * hands its work, because an event must commit together with the state it describes; the change
 * feed wakes the relay after the commit.
 */
export const createMatchingStore = async (storage: Storage, outbox: Outbox): Promise<MatchingStore> => {
  for (const spec of MATCHING_COLLECTIONS) await storage.collection(spec);
  const consumers = new Map<string, ReturnType<typeof createIdempotentConsumer>>();
  const consumer = (name: string) => {
    const found = consumers.get(name) ?? createIdempotentConsumer(storage, name);
    consumers.set(name, found);
    return found;
  };
  const bind = (tx: Tx): MatchingTx => ({ ...repositoriesIn(tx), outbox: outboxIn(outbox, tx) });

  return {
    ...repositoriesIn(storage),
    transaction: (work) => storage.transaction((tx) => work(bind(tx))),
    once: (name, event, work) => consumer(name).process(event, (tx) => work(bind(tx))),
  };
};
