import type { CohortObjective, OptimalityCertificate, UnassignedReason } from '../assignment';
import type { ExplanationLine } from '../introductions/introduction';

export { COHORT_OBJECTIVES as OBJECTIVES } from '../assignment';
/** `max-total`: highest total fit. `max-matched-then-total`: as many startups as possible, then the highest total. */
export type Objective = CohortObjective;
/** Why a startup got no advisor (the engine's reasons; candidates below the minimum score do not count). */
export type { UnassignedReason };

export interface Pair {
  readonly startupId: string;
  readonly advisorId: string;
}

export interface AssignedPair extends Pair {
  readonly score: number;
  readonly explanation: readonly ExplanationLine[];
  readonly pinned: boolean;
}

export interface SkippedPair extends Pair {
  /** The stable error code that stopped the request at confirmation (e.g. a duplicate open request). */
  readonly code: string;
}

/** A cohort startup left out of the round before the engine ran, and why. */
export interface ExcludedStartup {
  readonly startupId: string;
  readonly reason: 'has-active-advisor';
  /** The advisors it already works with. */
  readonly advisorIds: readonly string[];
}

export interface CohortRound {
  readonly id: string;
  readonly version: number;
  readonly cohortId: string;
  readonly programmeId: string | null;
  readonly objective: Objective;
  readonly forbidden: readonly Pair[];
  readonly pinned: readonly Pair[];
  /** Startups with an active advisor the council asked to include anyway. */
  readonly include: readonly string[];
  readonly status: 'preview' | 'confirmed';
  readonly createdAt: string;
  readonly createdBy: string;
  readonly total: number;
  readonly pairs: readonly AssignedPair[];
  readonly unassigned: readonly { readonly startupId: string; readonly reason: UnassignedReason }[];
  readonly excluded: readonly ExcludedStartup[];
  /** The optimality certificate: duals priced against every eligible pair of the round. */
  readonly certificate: OptimalityCertificate;
  readonly confirmedAt: string | null;
  readonly introductionIds: readonly string[];
  readonly skipped: readonly SkippedPair[];
}
