import { z } from 'zod';
import type { Locale, LocalizedText } from '../locale';
import { DIVISIONS_A_B } from './divisions-a-b.data';
import { DIVISIONS_C } from './divisions-c.data';
import { DIVISIONS_D_J } from './divisions-d-j.data';
import { DIVISIONS_K_U } from './divisions-k-u.data';
import { SECTION_CODES, SECTIONS, type SectionCode } from './sections.data';

const ALL_DIVISIONS = [...DIVISIONS_A_B, ...DIVISIONS_C, ...DIVISIONS_D_J, ...DIVISIONS_K_U] as const;

/** A two-digit ISIC Rev.4 division code, e.g. `'62'` (computer programming). */
export type DivisionCode = (typeof ALL_DIVISIONS)[number]['code'];

export interface Division {
  readonly code: DivisionCode;
  readonly section: SectionCode;
  readonly label: LocalizedText;
}

/** The 88 ISIC Rev.4 divisions (01–99), in code order. */
export const DIVISIONS: readonly Division[] = ALL_DIVISIONS;

export const DIVISION_CODES: readonly DivisionCode[] = ALL_DIVISIONS.map((division) => division.code);

export const sectionCodeSchema = z.enum(SECTION_CODES);
export const divisionCodeSchema = z.enum(DIVISION_CODES);

const divisionsByCode: ReadonlyMap<string, Division> = new Map(DIVISIONS.map((d) => [d.code, d]));
const sectionsByCode: ReadonlyMap<string, LocalizedText> = new Map(SECTIONS.map((s) => [s.code, s.label]));

function divisionOf(code: DivisionCode): Division {
  const division = divisionsByCode.get(code);
  // Unreachable for a well-typed caller; guards against unvalidated strings cast to DivisionCode.
  if (division === undefined) throw new RangeError(`Unknown ISIC division: ${String(code)}`);
  return division;
}

/** The section a division belongs to (`'62'` → `'J'`). */
export function sectionOf(division: DivisionCode): SectionCode {
  return divisionOf(division).section;
}

export function divisionLabel(code: DivisionCode, locale: Locale): string {
  return divisionOf(code).label[locale];
}

export function sectionLabel(code: SectionCode, locale: Locale): string {
  const label = sectionsByCode.get(code);
  if (label === undefined) throw new RangeError(`Unknown ISIC section: ${String(code)}`);
  return label[locale];
}
