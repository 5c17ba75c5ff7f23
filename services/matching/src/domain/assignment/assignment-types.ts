/**
 * `max-total`: the highest total score. `max-matched-then-total`: as many startups matched as
 * possible, and among those assignments the highest total (lexicographic).
 */
export const COHORT_OBJECTIVES = ['max-total', 'max-matched-then-total'] as const;
export type CohortObjective = (typeof COHORT_OBJECTIVES)[number];

/**
 * Why a startup was left without an advisor:
 * - `no-candidate`: no advisor shares a language with it and has a free place;
 * - `all-candidates-forbidden`: the council forbade every advisor it could have had;
 * - `pinned-elsewhere`: its candidates' places all went to pairs the council pinned;
 * - `capacity-exhausted`: its candidates' places went to other startups in the optimum.
 */
export const UNASSIGNED_REASONS = [
  'no-candidate',
  'all-candidates-forbidden',
  'pinned-elsewhere',
  'capacity-exhausted',
] as const;
export type UnassignedReason = (typeof UNASSIGNED_REASONS)[number];

export interface CohortPair {
  readonly startupId: string;
  readonly advisorId: string;
}

/** A scored startup–advisor pair the round may use; `score` is the pair's total, 0..100. */
export interface CohortCandidate extends CohortPair {
  readonly score: number;
}

export interface CohortSeat {
  readonly advisorId: string;
  /** Places this round may fill: the advisor's free capacity. */
  readonly capacity: number;
}

export interface CohortProblem {
  readonly startupIds: readonly string[];
  readonly advisors: readonly CohortSeat[];
  /** Each startup's candidates (e.g. its top N); a pinned pair missing here counts with score 0. */
  readonly candidates: readonly CohortCandidate[];
  readonly objective: CohortObjective;
  readonly forbidden?: readonly CohortPair[] | undefined;
  /** Forced pairs; they use the advisor's places like any other pair. */
  readonly pinned?: readonly CohortPair[] | undefined;
}

export interface AssignedCohortPair extends CohortCandidate {
  readonly pinned: boolean;
}

/**
 * Why the assignment is optimal on the whole eligible graph, checkable without the solver: LP duals
 * u (per free startup) and v (per advisor) with u, v ≥ 0 and u_i + v_j ≥ score_ij + matchBonus for
 * every eligible, non-forbidden pair, whose sum Σu + Σ places·v equals the assignment's weight.
 * Weak duality then bounds every other assignment by the same number. Units: hundredths of a point.
 */
export interface OptimalityCertificate {
  /** Added to every pair's score for `max-matched-then-total` (more than any total); 0 for `max-total`. */
  readonly matchBonus: number;
  /** The startups the solver placed (pinned ones are fixed) and their duals, in the same order. */
  readonly startupIds: readonly string[];
  readonly startupDuals: readonly number[];
  /** Every advisor with free places left after the pins, their places and duals, in the same order. */
  readonly advisorIds: readonly string[];
  readonly advisorPlaces: readonly number[];
  readonly advisorDuals: readonly number[];
  /** Eligible pairs priced against the duals in the final check (every one of them). */
  readonly pricedPairs: number;
  /** Pairs the solver itself worked on, and how many price-and-resolve rounds it took. */
  readonly candidatePairs: number;
  readonly rounds: number;
}

/** What a long round reports while it runs. */
export interface CohortProgress {
  readonly phase: 'scoring' | 'solving' | 'pricing';
  readonly done: number;
  readonly total: number;
  /** Column-generation round (1 for the first solve). */
  readonly round: number;
}

export interface CohortAssignment {
  readonly objective: CohortObjective;
  /** Sorted by startup id. */
  readonly pairs: readonly AssignedCohortPair[];
  /** Sum of the pairs' scores (exact: summed in hundredths). */
  readonly total: number;
  readonly matched: number;
  /** Sorted by startup id. */
  readonly unassigned: readonly { readonly startupId: string; readonly reason: UnassignedReason }[];
  readonly certificate: OptimalityCertificate;
}
