import { LOCALES, type Locale } from '@jisr/contracts';
import { z } from 'zod';
import { OBJECTIVES } from '../../domain/cohort-rounds/cohort-round';
import type { RoundRun } from '../../domain/cohort-rounds/round-run';
import { roundViewSchema } from './api-views';

const issue = z.object({ path: z.string(), code: z.string(), message: z.string() });

/** A round not (or never) ready: where its run is, and why it stopped if it did. */
export const roundRunViewSchema = z.object({
  roundId: z.string(),
  cohortId: z.string(),
  programmeId: z.string().nullable(),
  objective: z.enum(OBJECTIVES),
  state: z.enum(['queued', 'solving', 'failed', 'cancelled']),
  createdAt: z.string(),
  createdBy: z.string(),
  finishedAt: z.string().nullable(),
  progress: z
    .object({
      phase: z.enum(['queued', 'scoring', 'solving', 'pricing']),
      done: z.number().int(),
      total: z.number().int(),
      round: z.number().int(),
      fraction: z.number().min(0).max(1),
      elapsedMs: z.number().int(),
    })
    .describe(
      'Scoring is about the first half of `fraction`, the solve the rest; `round` is the solver iteration',
    ),
  failure: z.object({ code: z.string(), message: z.string(), errors: z.array(issue).optional() }).nullable(),
  lang: z.enum(LOCALES),
});

export const readyRoundViewSchema = roundViewSchema.extend({ state: z.literal('ready') });
export const roundStatusSchema = z.union([readyRoundViewSchema, roundRunViewSchema]);

export const runView = (run: RoundRun, locale: Locale): z.infer<typeof roundRunViewSchema> => ({
  roundId: run.id,
  cohortId: run.cohortId,
  programmeId: run.programmeId,
  objective: run.objective,
  // A ready run is shown as its round; a run is only shown here while it is not.
  state: run.state === 'ready' ? 'solving' : run.state,
  createdAt: run.createdAt,
  createdBy: run.createdBy,
  finishedAt: run.finishedAt,
  progress: run.progress,
  failure:
    run.failure === null
      ? null
      : {
          code: run.failure.code,
          message: run.failure.message,
          ...(run.failure.errors ? { errors: [...run.failure.errors] } : {}),
        },
  lang: locale,
});
