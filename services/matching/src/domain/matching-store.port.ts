import type { EventEnvelope } from '@jisr/contracts';
import type { TxOutbox } from '@jisr/outbox';
import type { VersionedRepository } from '@jisr/storage';
import type { ApprovalRepository } from './approvals/approval-store.port';
import type { CohortRound } from './cohort-rounds/cohort-round';
import type { RoundRun } from './cohort-rounds/round-run';
import type { IntroductionRecord } from './introductions/introduction';
import type { StartupProgress } from './progress/startup-progress';
import type { AdvisorRecord, ProgrammeRecord, StartupRecord } from './read-model/profile-records';

/** The storage package's optimistic repository, plus every record in id order. */
export interface RecordRepository<
  R extends { readonly id: string; readonly version: number },
> extends VersionedRepository<R> {
  all(): Promise<R[]>;
}

export interface IntroductionRepository extends RecordRepository<IntroductionRecord> {
  listByStartup(startupId: string): Promise<IntroductionRecord[]>;
  /** Every request to one advisor, newest first (the council's directory). */
  listByAdvisor(advisorId: string): Promise<IntroductionRecord[]>;
  /** Requests of one startup still awaiting an answer. */
  openByStartup(startupId: string): Promise<IntroductionRecord[]>;
  /** Requests to one advisor still awaiting an answer. */
  openByAdvisor(advisorId: string): Promise<IntroductionRecord[]>;
  /** The pairs of accepted, not yet ended introductions (of these advisors, or of all). */
  acceptedPairs(advisorIds?: readonly string[]): Promise<{ advisorId: string; startupId: string }[]>;
  /** Requests awaiting an answer per advisor. */
  openCounts(): Promise<Map<string, number>>;
}

/** The progress projection's records: one per startup and programme. */
export interface ProgressRepository extends RecordRepository<StartupProgress> {
  /** Every programme's record of one startup (erasure forgets them). */
  ofStartup(startupId: string): Promise<StartupProgress[]>;
  remove(id: string): Promise<boolean>;
}

/**
 * One startup's open requests as a single document, so that the "at most N open" and "no duplicate"
 * rules hold under concurrent requests: two writers of the same startup meet on its version.
 */
export interface OpenRequestsRecord {
  readonly id: string;
  readonly version: number;
  readonly open: readonly { readonly introductionId: string; readonly advisorId: string }[];
}

/** Matching's repositories, inside a transaction or outside one. */
export interface MatchingRepositories {
  readonly startups: RecordRepository<StartupRecord>;
  readonly advisors: RecordRepository<AdvisorRecord>;
  readonly programmes: RecordRepository<ProgrammeRecord>;
  readonly introductions: IntroductionRepository;
  readonly openRequests: RecordRepository<OpenRequestsRecord>;
  readonly rounds: RecordRepository<CohortRound>;
  readonly roundRuns: RecordRepository<RoundRun>;
  readonly progress: ProgressRepository;
  /** Four-eyes requests (confirming a large cohort round). */
  readonly approvals: ApprovalRepository;
}

/** Everything a use case may touch inside one transaction; only here is the outbox within reach. */
export interface MatchingTx extends MatchingRepositories {
  /** Events written atomically with the state change they describe. */
  readonly outbox: TxOutbox;
}

/** Matching's storage as the domain sees it. */
export interface MatchingStore extends MatchingRepositories {
  transaction<T>(work: (tx: MatchingTx) => Promise<T>): Promise<T>;
  /** Runs `work` once per event id for this consumer; the id is recorded in the same transaction. */
  once(
    consumer: string,
    event: EventEnvelope,
    work: (tx: MatchingTx) => Promise<void>,
  ): Promise<'applied' | 'duplicate'>;
}
