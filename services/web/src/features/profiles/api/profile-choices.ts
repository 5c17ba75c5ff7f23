import type { AdvisorInput, StartupInput } from './profiles';

// The values profile's schemas accept, typed against its OpenAPI document so a change breaks the build.
export const STAGES = [
  'idea',
  'prototype',
  'early-revenue',
  'growth',
  'scale',
] as const satisfies readonly StartupInput['stage'][];
export const NEEDS = [
  'mentoring',
  'investment',
  'market-access',
  'partnership',
  'training',
] as const satisfies readonly StartupInput['needs'][number]['kind'][];
export const OFFERS = [
  'mentoring',
  'investment',
  'market-access',
  'partnership',
] as const satisfies readonly AdvisorInput['offers'][number][];
export const ROLES = ['mentor', 'investor'] as const satisfies readonly AdvisorInput['roles'][number][];
export const PROFICIENCIES = [
  'basic',
  'conversational',
  'fluent',
  'native',
] as const satisfies readonly StartupInput['languages'][number]['proficiency'][];
/** The languages the programme names; profile accepts any ISO code, the form offers these. */
export const WORK_LANGUAGES = ['ar', 'tr', 'en', 'it', 'tzm'] as const;
export const TIME_ZONES = ['Africa/Tripoli', 'Europe/Istanbul'] as const;
export const CITIES = [
  'tripoli',
  'benghazi',
  'misrata',
  'zawiya',
  'bayda',
  'gharyan',
  'tobruk',
  'ajdabiya',
  'zliten',
  'derna',
  'sirte',
  'sabha',
  'khoms',
  'sabratha',
  'zuwara',
  'kufra',
  'ubari',
  'nalut',
  'ghadames',
] as const satisfies readonly StartupInput['city'][];

export interface LanguageSkill {
  readonly code: string;
  readonly proficiency: StartupInput['languages'][number]['proficiency'];
}

/** An empty number field travels as NaN, which JSON sends as null: profile then names the field in errors[]. */
export const numberOrEmpty = (value: number | string): number =>
  typeof value === 'number' ? value : Number.NaN;
