import {
  LIBYAN_CITIES,
  divisionLabel,
  languageLabel,
  sectionLabel,
  sectionOf,
  stageLabel,
  type LocalizedText,
} from '@jisr/contracts';
import type { ProgrammeRecord, StartupProfile, StartupRecord } from '../read-model/profile-records';

/** What the council can break the pipeline down by, or filter it on. */
export const DIMENSIONS = [
  'sector',
  'division',
  'stage',
  'city',
  'centre',
  'programme',
  'cohort',
  'language',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type PipelineFilter = { readonly [D in Dimension]?: string | undefined };

/** Rows for startups without a centre, programme or cohort. */
export const NONE = 'none';

const keysOf: Record<Dimension, (profile: StartupProfile) => readonly string[]> = {
  sector: (p) => [sectionOf(p.sector)],
  division: (p) => [p.sector],
  stage: (p) => [p.stage],
  city: (p) => [p.city],
  centre: (p) => [p.centreId ?? NONE],
  programme: (p) => [p.programmeId ?? NONE],
  cohort: (p) => [p.cohortId ?? NONE],
  language: (p) => [...new Set(p.languages.map((skill) => skill.code))],
};

/** The values a startup has on a dimension (several for languages). */
export const dimensionKeys = (dimension: Dimension, profile: StartupProfile): readonly string[] =>
  keysOf[dimension](profile);

export const matchesFilter = (startup: StartupRecord, filter: PipelineFilter): boolean => {
  const profile = startup.profile;
  if (profile === null) return false;
  return DIMENSIONS.every((dimension) => {
    const wanted = filter[dimension];
    return wanted === undefined || keysOf[dimension](profile).includes(wanted);
  });
};

const cityLabel = (id: string): LocalizedText | null =>
  LIBYAN_CITIES.find((city) => city.id === id)?.label ?? null;

const inAllLocales = (label: (locale: 'ar' | 'tr' | 'en') => string): LocalizedText => ({
  ar: label('ar'),
  tr: label('tr'),
  en: label('en'),
});

/** A human label for a dimension value, in every locale, when the platform knows one. */
export const dimensionLabel = (
  dimension: Dimension,
  key: string,
  programmes: readonly ProgrammeRecord[],
): LocalizedText | null => {
  if (key === NONE) return null;
  switch (dimension) {
    case 'sector':
      return inAllLocales((l) => sectionLabel(key as Parameters<typeof sectionLabel>[0], l));
    case 'division':
      return inAllLocales((l) => divisionLabel(key as Parameters<typeof divisionLabel>[0], l));
    case 'stage':
      return inAllLocales((l) => stageLabel(key as Parameters<typeof stageLabel>[0], l));
    case 'language':
      return inAllLocales((l) => languageLabel(key, l));
    case 'city':
      return cityLabel(key);
    case 'programme':
      return programmes.find((p) => p.id === key)?.details?.name ?? null;
    case 'cohort': {
      const cohort = programmes.flatMap((p) => p.details?.cohorts ?? []).find((c) => c.cohortId === key);
      return cohort === undefined ? null : inAllLocales(() => cohort.name);
    }
    case 'centre':
      return null;
  }
};
