import {
  cityIdSchema,
  divisionCodeSchema,
  languageCodeSchema,
  offerSchema,
  stageSchema,
} from '@jisr/contracts';
import { z } from 'zod';
import { ID_PATTERN } from '../../domain/ids';
import { slugSchema, VERIFICATION_STATUSES } from '../../domain/people/profile-fields';
import { booleanQuery, pageQueryShape } from './paging';

// The council's listing filters as query strings; unknown parameters are a 400, like unknown body keys.

const commonFilters = {
  q: z.string().trim().min(1).max(120).optional(),
  sector: divisionCodeSchema.optional(),
  stage: stageSchema.optional(),
  city: cityIdSchema.optional(),
  language: languageCodeSchema.optional(),
  verification: z.enum(VERIFICATION_STATUSES).optional(),
  centreId: slugSchema.optional(),
  deactivated: booleanQuery.optional(),
  ...pageQueryShape,
};

export const startupListQuery = z
  .object({
    ...commonFilters,
    programmeId: z.string().regex(ID_PATTERN).optional(),
    cohortId: slugSchema.optional(),
  })
  .strict();

export const advisorListQuery = z
  .object({
    ...commonFilters,
    offer: offerSchema.optional(),
    paused: booleanQuery.optional(),
    pendingChange: booleanQuery.optional(),
  })
  .strict();

/** Splits a parsed listing query into the filter and the page request parts. */
export const splitListQuery = <Q extends { cursor?: string | undefined; limit: number }>(
  query: Q,
): { filter: Omit<Q, 'cursor' | 'limit'>; page: { cursor?: string | undefined; limit: number } } => {
  const { cursor, limit, ...filter } = query;
  return { filter, page: { cursor, limit } };
};
