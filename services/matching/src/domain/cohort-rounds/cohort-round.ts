import type { ExplanationLine } from '../introductions/introduction';

export const OBJECTIVES = ['max-score', 'max-matched'] as const;
/** `max-score`: highest total fit. `max-matched`: as many startups as possible, then the highest total. */
export type Objective = (typeof OBJECTIVES)[number];

export const UNASSIGNED_REASONS = ['no-candidate', 'capacity', 'forbidden', 'objective'] as const;
/**
 * Why a startup got no advisor: `no-candidate` nobody fits it (no shared language, nobody above the
 * minimum); `forbidden` every candidate was forbidden; `capacity` its candidates were filled by
 * better pairs; `objective` a candidate had room but the chosen objective preferred leaving it out.
 */
export type UnassignedReason = (typeof UNASSIGNED_REASONS)[number];

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

export interface CohortRound {
  readonly id: string;
  readonly revision: number;
  readonly cohortId: string;
  readonly programmeId: string | null;
  readonly objective: Objective;
  readonly forbidden: readonly Pair[];
  readonly pinned: readonly Pair[];
  readonly status: 'preview' | 'confirmed';
  readonly createdAt: string;
  readonly createdBy: string;
  readonly total: number;
  readonly pairs: readonly AssignedPair[];
  readonly unassigned: readonly { readonly startupId: string; readonly reason: UnassignedReason }[];
  readonly confirmedAt: string | null;
  readonly introductionIds: readonly string[];
  readonly skipped: readonly SkippedPair[];
}
