import { matchWeightsSchema, type LocalizedText } from '@jisr/contracts';
import { z } from 'zod';
import { localizedProse, nameText, slugSchema, strictLocalizedText } from '../people/profile-fields';

/** The phases of the programme's agenda, in the order they usually run. */
export const PHASE_KINDS = [
  'application',
  'selection',
  'training',
  'mentoring',
  'investment-readiness',
  'demo-day',
  'follow-up',
] as const;

const isoDate = z.iso.date();

const trainingSessionSchema = z
  .object({
    sessionId: slugSchema,
    title: strictLocalizedText,
    startsAt: z.iso.datetime({ offset: true }),
    durationMinutes: z
      .number()
      .int()
      .min(15)
      .max(8 * 60),
    /** Held at a centre, online, or both. */
    centreId: slugSchema.optional(),
    online: z.boolean(),
    /** Seats for registration; absent means DEFAULT_SESSION_CAPACITY (training/training-roster.ts). */
    capacity: z.number().int().min(1).max(10_000).optional(),
  })
  .strict();

const phaseSchema = z
  .object({
    phaseId: slugSchema,
    kind: z.enum(PHASE_KINDS),
    name: strictLocalizedText,
    startsOn: isoDate,
    endsOn: isoDate,
    trainingSessions: z.array(trainingSessionSchema).max(100).default([]),
    /** The sessions a startup must attend for the phase's certificate (ids of this phase's sessions). */
    requiredSessionIds: z.array(slugSchema).max(100).optional(),
  })
  .strict()
  .refine((phase) => phase.startsOn <= phase.endsOn, {
    error: 'a phase must not end before it starts',
    path: ['endsOn'],
  })
  .refine(
    (phase) =>
      (phase.requiredSessionIds ?? []).every((id) => phase.trainingSessions.some((s) => s.sessionId === id)),
    {
      error: 'required sessions must be sessions of this phase',
      path: ['requiredSessionIds'],
    },
  );

const cohortSchema = z
  .object({ cohortId: slugSchema, name: nameText(120), startsOn: isoDate.optional() })
  .strict();

const uniqueBy = <T>(items: readonly T[], key: (item: T) => string): boolean =>
  new Set(items.map(key)).size === items.length;

/** A programme as the council writes it: agenda (phases with training), cohorts and deadlines. */
export const programmeInputSchema = z
  .object({
    name: strictLocalizedText,
    description: localizedProse.optional(),
    /** Days an advisor has to answer an introduction request in this programme. */
    responseDeadlineDays: z.number().int().min(1).max(60),
    /** Confirming a cohort round with more pairs than this needs a second programme manager (four-eyes). */
    fourEyesRoundSize: z.number().int().min(1).max(10_000).optional(),
    phases: z
      .array(phaseSchema)
      .max(20)
      .refine((phases) => uniqueBy(phases, (phase) => phase.phaseId), { error: 'phase ids must be unique' })
      .refine(
        (phases) => phases.every((phase, i) => i === 0 || (phases[i - 1]?.startsOn ?? '') <= phase.startsOn),
        {
          error: 'phases must be in timeline order',
        },
      ),
    cohorts: z
      .array(cohortSchema)
      .max(50)
      .refine((cohorts) => uniqueBy(cohorts, (cohort) => cohort.cohortId), {
        error: 'cohort ids must be unique',
      }),
  })
  .strict();
export type ProgrammeInput = z.infer<typeof programmeInputSchema>;

export const weightsBodySchema = z.strictObject(matchWeightsSchema.shape);

export interface Programme extends ProgrammeInput {
  readonly id: string;
  readonly version: number;
  readonly weights: MatchWeights;
  readonly eventVersion: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Training sessions must name centres that exist; returns the paths of those that do not. */
export const unknownCentresIn = (input: ProgrammeInput, centreIds: ReadonlySet<string>): string[] =>
  input.phases.flatMap((phase, p) =>
    phase.trainingSessions.flatMap((session, s) =>
      session.centreId === undefined || centreIds.has(session.centreId)
        ? []
        : [`body.phases.${p}.trainingSessions.${s}.centreId`],
    ),
  );

export type MatchWeights = z.infer<typeof matchWeightsSchema>;
export type { LocalizedText };
