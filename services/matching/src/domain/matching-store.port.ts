import type { EventEnvelope } from '@jisr/contracts';
import type { ApprovalRepository } from './approvals/approval-store.port';
import type { CohortRound } from './cohort-rounds/cohort-round';
import type { RoundRun } from './cohort-rounds/round-run';
import type { IntroductionRecord } from './introductions/introduction';
import type { StartupProgress } from './progress/startup-progress';
import type { AdvisorRecord, ProgrammeRecord, StartupRecord } from './read-model/profile-records';

/** Saves take the record's `revision` as the expected one and return the record at its new revision. */
export interface RecordRepository<R extends { readonly id: string; readonly revision: number }> {
  get(id: string): Promise<R | null>;
  save(record: R): Promise<R>;
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
  remove(id: string): Promise<void>;
}

/**
 * One startup's open requests as a single document, so that the "at most N open" and "no duplicate"
 * rules hold under concurrent requests: two writers of the same startup meet on its revision.
 */
export interface OpenRequestsRecord {
  readonly id: string;
  readonly revision: number;
  readonly open: readonly { readonly introductionId: string; readonly advisorId: string }[];
}

export interface OutboxWriter {
  append(topic: string, events: readonly EventEnvelope[]): Promise<void>;
}

/** Matching's storage as the domain sees it. */
export interface MatchingStore {
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
  /** Only inside `transaction`: events written atomically with the state change. */
  readonly outbox: OutboxWriter;
  transaction<T>(work: (store: MatchingStore) => Promise<T>): Promise<T>;
  /** Runs `work` once per event id for this consumer; the id is recorded in the same transaction. */
  once(
    consumer: string,
    event: EventEnvelope,
    work: (store: MatchingStore) => Promise<void>,
  ): Promise<'applied' | 'duplicate'>;
}
