import { z } from 'zod';
import { localizedTextSchema } from '../locale';
import { matchWeightsSchema } from '../match-weights';
import { entityIdSchema, freeText } from './event-fields';

export const programmeUpsertedPayloadSchema = z
  .object({
    programmeId: entityIdSchema,
    name: localizedTextSchema,
    /** Days an advisor has to answer an introduction before it expires. */
    responseDeadlineDays: z.number().int().min(1).max(60),
    cohorts: z.array(z.object({ cohortId: entityIdSchema, name: freeText(120) }).strict()).max(100),
    /** A cohort round with more pairs than this needs a second programme manager's approval. */
    fourEyesRoundSize: z.number().int().min(1).max(10_000).optional(),
  })
  .strict();
export type ProgrammeUpsertedPayload = z.infer<typeof programmeUpsertedPayloadSchema>;

export const programmeWeightsChangedPayloadSchema = z
  .object({ programmeId: entityIdSchema, weights: matchWeightsSchema })
  .strict();
export type ProgrammeWeightsChangedPayload = z.infer<typeof programmeWeightsChangedPayloadSchema>;
