import { matchWeightsSchema, type KnownEvent } from '@jisr/contracts';
import { z } from 'zod';
import { programmeInputSchema, type Programme } from './programme';

export const programmeViewSchema = z.object({
  programmeId: z.string(),
  ...programmeInputSchema.shape,
  weights: matchWeightsSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProgrammeView = z.infer<typeof programmeViewSchema>;

export const viewProgramme = ({ id, version: _v, eventVersion: _e, ...rest }: Programme): ProgrammeView => ({
  programmeId: id,
  ...rest,
});

type Payload<T extends KnownEvent['type']> = Extract<KnownEvent, { type: T }>['payload'];

/** What other services need of a programme: its names, deadline, cohorts and four-eyes size, not the agenda. */
export const programmeUpserted = (programme: Programme): Payload<'programme.upserted'> => ({
  programmeId: programme.id,
  name: programme.name,
  responseDeadlineDays: programme.responseDeadlineDays,
  cohorts: programme.cohorts.map((cohort) => ({ cohortId: cohort.cohortId, name: cohort.name })),
  ...(programme.fourEyesRoundSize === undefined ? {} : { fourEyesRoundSize: programme.fourEyesRoundSize }),
});

export const weightsChanged = (programme: Programme): Payload<'programme.weights-changed'> => ({
  programmeId: programme.id,
  weights: programme.weights,
});
