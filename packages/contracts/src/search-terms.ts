import { LIBYAN_CITIES, type CityId } from './places';
import { DIVISION_CODES, DIVISIONS, type Division, type DivisionCode } from './sectors/sector-taxonomy';
import { SECTION_CODES, SECTIONS, type SectionCode } from './sectors/sections.data';

/**
 * A search term folded so that what people type meets what we store: case, Latin accents (İ, ş),
 * Arabic short vowels and tatweel, the hamza forms of alef, tā' marbūṭa and alif maqṣūra, spaces,
 * hyphens and a leading Arabic article all stop mattering ("Tripoli", "TRABLUS", "طرابلس").
 */
export const foldSearchTerm = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .normalize('NFC')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .toLowerCase()
    .replace(/[\s\-_'’.]/g, '')
    .replace(/^ال(?=..)/, '');

const cityByTerm: ReadonlyMap<string, CityId> = new Map(
  LIBYAN_CITIES.flatMap((city) =>
    [city.id, city.label.en, city.label.tr, city.label.ar].map((name) => [foldSearchTerm(name), city.id]),
  ),
);

/** The city a person means by its id or its name in English, Turkish or Arabic script; null if none. */
export const findCity = (text: string): CityId | null => cityByTerm.get(foldSearchTerm(text)) ?? null;

export type SectorTerm =
  | { readonly section: SectionCode; readonly division?: undefined }
  | { readonly division: DivisionCode; readonly section?: undefined };

/** An ISIC Rev.4 section letter (`C`, `c`) or division code (`35`, `5` for `05`); null if neither. */
export const findSector = (text: string): SectorTerm | null => {
  const term = text.trim();
  const section = SECTION_CODES.find((code) => code === term.toUpperCase());
  if (section !== undefined) return { section };
  if (!/^\d{1,2}$/.test(term)) return null;
  const division = DIVISION_CODES.find((code) => code === term.padStart(2, '0'));
  return division === undefined ? null : { division };
};

const foldedTitles = (label: { readonly ar: string; readonly tr: string; readonly en: string }): string[] =>
  [label.ar, label.tr, label.en].map(foldSearchTerm);

// Folded once: a picker asks on every keystroke. A division is found by its own title or its section's.
const divisionTerms: readonly { readonly division: Division; readonly titles: readonly string[] }[] =
  DIVISIONS.map((division) => ({
    division,
    titles: [
      ...foldedTitles(division.label),
      ...foldedTitles(SECTIONS.find((section) => section.code === division.section)?.label ?? division.label),
    ],
  }));

/**
 * The ISIC divisions a person means by a code (`35`, `C`) or a fragment of a division's or its
 * section's title in Arabic, Turkish or English ("كهرباء", "elektrik", "electricity"), in code order.
 */
export const searchDivisions = (text: string): readonly Division[] => {
  const term = foldSearchTerm(text);
  if (term === '') return DIVISIONS;
  // A lone letter or number is a code: as a title fragment it would match nearly everything.
  const coded = findSector(text);
  if (coded !== null)
    return DIVISIONS.filter(
      (division) => division.code === coded.division || division.section === coded.section,
    );
  return divisionTerms
    .filter(({ titles }) => titles.some((title) => title.includes(term)))
    .map(({ division }) => division);
};
