import {
  DIVISIONS,
  LANGUAGES as KNOWN_LANGUAGES,
  LIBYAN_CITIES,
  SECTIONS,
  STAGES,
  languageLabel,
  stageLabel,
} from '@jisr/contracts';
import type { Language } from './languages';

/** One choice of a filter: the value the API takes and what the reader sees. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

// The shared vocabulary's own labels in the reader's language, so the console never keeps a copy.

export const divisionChoices = (language: Language): Choice[] =>
  DIVISIONS.map((d) => ({ value: d.code, label: `${d.code} · ${d.label[language]}` }));

export const sectionChoices = (language: Language): Choice[] =>
  SECTIONS.map((s) => ({ value: s.code, label: `${s.code} · ${s.label[language]}` }));

export const stageChoices = (language: Language): Choice[] =>
  STAGES.map((stage) => ({ value: stage, label: stageLabel(stage, language) }));

export const cityChoices = (language: Language): Choice[] =>
  LIBYAN_CITIES.map((city) => ({ value: city.id, label: city.label[language] }));

export const languageChoices = (language: Language): Choice[] =>
  KNOWN_LANGUAGES.map((code) => ({ value: code, label: languageLabel(code, language) }));

const labelIn = (choices: readonly Choice[], value: string | null | undefined): string =>
  value === null || value === undefined ? '' : (choices.find((c) => c.value === value)?.label ?? value);

/** A value's label, or the value itself when the vocabulary does not know it. */
export const labelOf = (
  kind: 'division' | 'section' | 'stage' | 'city' | 'language',
  value: string | null | undefined,
  language: Language,
): string => {
  const choices = {
    division: divisionChoices,
    section: sectionChoices,
    stage: stageChoices,
    city: cityChoices,
    language: languageChoices,
  }[kind](language);
  return labelIn(choices, value);
};
