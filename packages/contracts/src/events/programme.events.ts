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
  })
  .strict();
export type ProgrammeUpsertedPayload = z.infer<typeof programmeUpsertedPayloadSchema>;

export const programmeWeightsChangedPayloadSchema = z
  .object({ programmeId: entityIdSchema, weights: matchWeightsSchema })
  .strict();
export type ProgrammeWeightsChangedPayload = z.infer<typeof programmeWeightsChangedPayloadSchema>;
