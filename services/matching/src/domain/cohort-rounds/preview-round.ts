import type { Assignment } from '../recommendations/matcher.port';
import type { CohortRound, Objective, Pair } from './cohort-round';
import type { RoundInputs } from './round-inputs';

export interface PreviewInput {
  readonly cohortId: string;
  readonly programmeId?: string | undefined;
  readonly include: readonly string[];
  readonly objective: Objective;
  readonly forbidden: readonly Pair[];
  readonly pinned: readonly Pair[];
  readonly createdBy: string;
}

/** A previewed round as stored: what was asked, who entered and who did not, and the engine's answer. */
export const previewRound = (
  input: PreviewInput,
  inputs: RoundInputs,
  assignment: Assignment,
  made: { readonly id: string; readonly createdAt: string },
): CohortRound => ({
  id: made.id,
  version: 0,
  cohortId: input.cohortId,
  programmeId: inputs.programmeId,
  objective: input.objective,
  forbidden: input.forbidden,
  pinned: input.pinned,
  include: input.include,
  excluded: inputs.excluded,
  status: 'preview',
  createdAt: made.createdAt,
  createdBy: input.createdBy,
  total: assignment.total,
  pairs: assignment.pairs,
  unassigned: assignment.unassigned,
  certificate: assignment.certificate,
  confirmedAt: null,
  introductionIds: [],
  skipped: [],
});
