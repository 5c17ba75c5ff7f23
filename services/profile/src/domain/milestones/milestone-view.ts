import { z } from 'zod';
import { strictLocalizedText } from '../people/profile-fields';
import { CONFIRMER_KINDS, MILESTONE_STATES, type MilestoneProgress } from './milestone';

export const milestoneProgressViewSchema = z.object({
  startupId: z.string(),
  programmeId: z.string(),
  cohortId: z.string().nullable(),
  centreId: z.string().nullable(),
  phaseId: z.string(),
  milestoneId: z.string(),
  state: z.enum(MILESTONE_STATES),
  evidence: z.object({ text: z.string().nullable(), link: z.string().nullable() }),
  reachedAt: z.string(),
  decision: z
    .object({ by: z.string(), as: z.enum(CONFIRMER_KINDS), at: z.string(), reason: z.string().nullable() })
    .nullable(),
});
export type MilestoneProgressView = z.infer<typeof milestoneProgressViewSchema>;

export const viewProgress = (progress: MilestoneProgress): MilestoneProgressView => ({
  startupId: progress.startupId,
  programmeId: progress.programmeId,
  cohortId: progress.cohortId,
  centreId: progress.centreId,
  phaseId: progress.phaseId,
  milestoneId: progress.milestoneId,
  state: progress.state,
  evidence: { ...progress.evidence },
  reachedAt: progress.reachedAt,
  decision: progress.decision === null ? null : { ...progress.decision },
});

/** The startup's page: its programme's phases, each milestone with the startup's claim (or none). */
export const startupMilestonesViewSchema = z.object({
  startupId: z.string(),
  programmeId: z.string().nullable(),
  phases: z.array(
    z.object({
      phaseId: z.string(),
      name: strictLocalizedText,
      milestones: z.array(
        z.object({
          milestoneId: z.string(),
          name: strictLocalizedText,
          progress: milestoneProgressViewSchema.nullable(),
        }),
      ),
    }),
  ),
});
export type StartupMilestonesView = z.infer<typeof startupMilestonesViewSchema>;

/** A claim waiting for the reader's decision, with what they need to judge it. */
export const awaitingMilestoneSchema = milestoneProgressViewSchema.extend({
  startupName: z.object({ latin: z.string(), ar: z.string().optional() }),
  milestoneName: strictLocalizedText,
});
export type AwaitingMilestone = z.infer<typeof awaitingMilestoneSchema>;

const countsSchema = z.object({
  milestoneId: z.string(),
  name: strictLocalizedText,
  /** Startups whose claim stands (reached or confirmed). */
  reached: z.number().int(),
  confirmed: z.number().int(),
});

/** Milestones reached and confirmed per cohort and phase: the pipeline's view of progress. */
export const cohortProgressSchema = z.object({
  programmeId: z.string(),
  cohorts: z.array(
    z.object({
      cohortId: z.string(),
      name: z.string(),
      startups: z.number().int(),
      phases: z.array(
        z.object({ phaseId: z.string(), name: strictLocalizedText, milestones: z.array(countsSchema) }),
      ),
    }),
  ),
});
export type CohortProgress = z.infer<typeof cohortProgressSchema>;
