import {
  entityIdSchema,
  findCity,
  findSector,
  languageCodeSchema,
  stageSchema,
  type SectorTerm,
} from '@jisr/contracts';
import { z } from 'zod';
import type { PipelineFilter } from '../../domain/pipeline/dimensions';

/** A string the person typed, resolved by `find`, or one issue saying which values are accepted. */
const resolved = <T>(find: (text: string) => T | null, accepted: string) =>
  z.string().transform((text, ctx) => {
    const value = find(text);
    if (value === null) {
      ctx.addIssue({ code: 'custom', message: `Unknown value "${text}". ${accepted}` });
      return z.NEVER;
    }
    return value;
  });

const SECTOR_VALUES = 'Use an ISIC Rev.4 section letter (A–U, e.g. D) or a division code (01–99, e.g. 35).';
const DIVISION_VALUES = 'Use an ISIC Rev.4 division code (01–99, e.g. 35).';
const CITY_VALUES =
  'Use a Libyan city by id or name in English, Turkish or Arabic (e.g. tripoli, Trablus, طرابلس).';

const division = (text: string) => findSector(text)?.division ?? null;

/** The pipeline filters as people type them; `toPipelineFilter` turns them into the domain's. */
export const filterShape = {
  sector: resolved<SectorTerm>(findSector, SECTOR_VALUES).optional(),
  division: resolved(division, DIVISION_VALUES).optional(),
  stage: stageSchema.optional(),
  city: resolved(findCity, CITY_VALUES).optional(),
  centre: entityIdSchema.optional(),
  programme: entityIdSchema.optional(),
  cohort: entityIdSchema.optional(),
  language: languageCodeSchema.optional(),
};

type ParsedFilters = {
  readonly sector?: SectorTerm | undefined;
  readonly division?: string | undefined;
} & Omit<PipelineFilter, 'sector' | 'division'>;

/** A division code given as `sector` filters on that division. */
export const toPipelineFilter = <Q extends ParsedFilters>({
  sector,
  division: divisionCode,
  ...rest
}: Q): Omit<Q, 'sector' | 'division'> & PipelineFilter => ({
  ...rest,
  sector: sector?.section,
  division: divisionCode ?? sector?.division,
});
