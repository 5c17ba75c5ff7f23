import type { FieldOps, Filter, Primitive } from '@jisr/storage';
import type { AdvisorFilter, StartupFilter } from '../domain/profile-store.port';
import { foldName } from './name-search';

// Filters that are no plain equality on one field: the name search and "a change awaits the council".
type Special = 'q' | 'pendingChange' | 'centreIn';
type FieldMap<F> = { readonly [K in Exclude<keyof Required<F>, Special>]: string };

// Where each listing filter lives in the stored document; array fields match when any element does.
const STARTUP_FIELDS: FieldMap<StartupFilter> = {
  sector: 'sector',
  stage: 'stage',
  city: 'city',
  language: 'languages.code',
  verification: 'verification.status',
  centreId: 'placement.centreId',
  programmeId: 'placement.programmeId',
  cohortId: 'placement.cohortId',
  deactivated: 'deactivated',
};

const ADVISOR_FIELDS: FieldMap<AdvisorFilter> = {
  sector: 'sectors',
  stage: 'stages',
  city: 'city',
  language: 'languages.code',
  verification: 'verification.status',
  centreId: 'centreId',
  offer: 'offers',
  paused: 'pause.paused',
  deactivated: 'deactivated',
};

const specialConditions = (filter: {
  q?: string | undefined;
  pendingChange?: boolean | undefined;
}): Record<string, Primitive | FieldOps> => ({
  ...(filter.q === undefined ? {} : { nameKeys: foldName(filter.q) }),
  ...(filter.pendingChange === undefined
    ? {}
    : { 'pendingChange.submittedAt': { $exists: filter.pendingChange } }),
});

const toFilter = <F extends { q?: string | undefined }>(filter: F, fields: FieldMap<F>): Filter => {
  const conditions: Record<string, Primitive | FieldOps> = specialConditions(filter);
  for (const [key, value] of Object.entries(filter) as [string, Primitive | undefined][]) {
    const field = (fields as Readonly<Record<string, string>>)[key];
    if (value !== undefined && field !== undefined) conditions[field] = value;
  }
  return conditions;
};

export const startupFilter = ({ centreIn, ...filter }: StartupFilter): Filter => ({
  ...toFilter(filter, STARTUP_FIELDS),
  ...(centreIn === undefined ? {} : { 'placement.centreId': { $in: [...centreIn] } }),
});
export const advisorFilter = (filter: AdvisorFilter): Filter => toFilter(filter, ADVISOR_FIELDS);
