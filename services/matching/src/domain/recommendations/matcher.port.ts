import type { MatchWeights, Offer } from '@jisr/contracts';
import type { CohortProgress, FullGraphOptimum, OptimalityCertificate, PreparedCohort } from '../assignment';
import type { AssignedPair, Objective, Pair, UnassignedReason } from '../cohort-rounds/cohort-round';
import type { ExplanationLine } from '../introductions/introduction';
import type { WeightsComparisonItem } from './compare-weights';

/** How well one startup and one advisor fit, with one line per criterion in ar, tr and en. */
export interface PairFit {
  readonly score: number;
  readonly explanation: readonly ExplanationLine[];
}

export interface AdvisorQuery {
  readonly limit: number;
  readonly offer?: Offer | undefined;
  readonly language?: string | undefined;
  readonly centreId?: string | undefined;
  /** Advisors never to list (e.g. the startup's current advisors); the next best take their places. */
  readonly exclude?: ReadonlySet<string> | undefined;
}

export interface AdvisorMatch extends PairFit {
  readonly advisorId: string;
  readonly displayName: string;
  readonly organisation: string;
  readonly roles: readonly string[];
  readonly offers: readonly Offer[];
  readonly freeCapacity: number;
}

export interface StartupMatch extends PairFit {
  readonly startupId: string;
  readonly name: string;
}

export interface AssignmentRequest {
  readonly startupIds: readonly string[];
  readonly objective: Objective;
  readonly forbidden: readonly Pair[];
  readonly pinned: readonly Pair[];
}

export interface Assignment {
  readonly pairs: readonly AssignedPair[];
  readonly total: number;
  readonly unassigned: readonly { readonly startupId: string; readonly reason: UnassignedReason }[];
  /** Why no other assignment of the eligible pairs does better (duals priced on every eligible pair). */
  readonly certificate: OptimalityCertificate;
}

/** A startup's advisors ranked under a programme's weights and under proposed ones. */
export interface WeightsPreview {
  readonly items: readonly (WeightsComparisonItem & {
    readonly displayName: string;
    readonly organisation: string;
  })[];
}

export type Seat = { readonly capacity: number; readonly load: number };

/** The live, in-memory matching side of the read model. */
export interface Matcher {
  isMatchableStartup(startupId: string): boolean;
  /** The advisors a startup works with now (accepted introductions that have not ended). */
  currentAdvisorsOf(startupId: string): ReadonlySet<string>;
  /** Capacity and load of an advisor that may be shown; null when unknown, unverified or paused. */
  seat(advisorId: string): Seat | null;
  /** The pair's fit; null when they can never be matched (no shared language, advisor full ...). */
  fit(startupId: string, advisorId: string): PairFit | null;
  /** Best advisors for a startup; null when the startup is not (yet) verified and active. */
  recommendAdvisors(startupId: string, query: AdvisorQuery): AdvisorMatch[] | null;
  /** Startups that fit an advisor best (paused advisors too); null when the advisor is not verified and active. */
  recommendStartups(advisorId: string, limit: number): StartupMatch[] | null;
  /** How the startup's ranking moves from the programme's weights to `proposed`; null when it is not matchable. */
  previewWeights(
    startupId: string,
    programmeId: string,
    proposed: MatchWeights,
    limit: number,
  ): WeightsPreview | null;
  /** An optimal assignment of the startups to advisors under every advisor's free capacity. */
  assignCohort(request: AssignmentRequest): Assignment;
  /** A round's full graph scored step by step (progress in between), its pins placed: 422 on a bad pin. */
  scoreCohort(request: AssignmentRequest): Generator<CohortProgress, PreparedCohort>;
  /** The assignment a solved round describes, each pair explained. */
  explainCohort(prepared: PreparedCohort, optimum: FullGraphOptimum): Assignment;
}
