import type { Filter, Primitive } from '@jisr/storage';
import type { AdvisorFilter, StartupFilter } from '../domain/profile-store.port';

type FieldMap<F> = { readonly [K in keyof Required<F>]: string };

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

const toFilter = <F extends object>(filter: F, fields: FieldMap<F>): Filter => {
  const conditions: Record<string, Primitive> = {};
  for (const [key, value] of Object.entries(filter) as [keyof F & string, Primitive | undefined][]) {
    if (value !== undefined) conditions[fields[key]] = value;
  }
  return conditions;
};

export const startupFilter = (filter: StartupFilter): Filter => toFilter(filter, STARTUP_FIELDS);
export const advisorFilter = (filter: AdvisorFilter): Filter => toFilter(filter, ADVISOR_FIELDS);
