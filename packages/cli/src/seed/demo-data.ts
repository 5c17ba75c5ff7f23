import {
  NEEDS,
  STAGES,
  type CityId,
  type LanguageSkill,
  type Need,
  type Offer,
  type Proficiency,
  type Stage,
} from '@jisr/contracts';
import { ADVISOR_CATALOGUE, type AdvisorEntry } from './advisor-catalogue';
import { DEMO_COUNCIL, DEMO_PASSWORD, DEMO_SEED, advisorEmail, startupEmail } from './demo-logins';
import type { DemoAdvisor, DemoData, DemoStartup } from './demo-types';
import { DEMO_CENTRES, DEMO_COHORT_ID, DEMO_PROGRAMME, centreFor } from './programme-data';
import type { Random } from './random';
import { seededRandom } from './random';
import { STARTUP_CATALOGUE, type StartupEntry } from './startup-catalogue';

/** The first startups and advisors are the ones `npm start` prints as demo logins. */
export const SHOWCASE_COUNT = 2;
const COHORT_SIZE = 20;
const PENDING_STARTUPS = 2;

// Per stage, in STAGES order: how common it is, team size, founding years and a typical amount sought.
const STAGE_WEIGHT = [15, 25, 30, 20, 10];
const TEAM: readonly [number, number][] = [
  [1, 3],
  [2, 6],
  [4, 15],
  [10, 40],
  [30, 120],
];
const FOUNDED: readonly [number, number][] = [
  [2024, 2025],
  [2022, 2025],
  [2019, 2024],
  [2014, 2021],
  [2008, 2018],
];
const AMOUNT_USD: readonly [number, number][] = [
  [10_000, 30_000],
  [20_000, 80_000],
  [50_000, 200_000],
  [150_000, 600_000],
  [500_000, 2_000_000],
];
const INVESTMENT_CHANCE = [0.2, 0.4, 0.5, 0.6, 0.5];

const AMAZIGH_TOWNS: readonly CityId[] = ['zuwara', 'nalut', 'ghadames', 'ubari'];
const TURKISH_SPEAKING_CITIES: readonly CityId[] = ['tripoli', 'benghazi', 'misrata'];

const within = (random: Random, [min, max]: readonly [number, number]): number => random.int(min, max);
const roundTo = (value: number, step: number): number => Math.max(step, Math.round(value / step) * step);
const skill = (code: string, proficiency: Proficiency): LanguageSkill => ({ code, proficiency });

function startupLanguages(random: Random, city: CityId, showcase: boolean): LanguageSkill[] {
  const languages = [skill('ar', 'native')];
  if (showcase) languages.push(skill('en', 'fluent'));
  else if (random.chance(0.75))
    languages.push(skill('en', random.pick(['basic', 'conversational', 'fluent'])));
  const turkishChance = TURKISH_SPEAKING_CITIES.includes(city) ? 0.3 : 0.1;
  if (random.chance(turkishChance)) languages.push(skill('tr', random.pick(['conversational', 'fluent'])));
  if (random.chance(0.1)) languages.push(skill('it', random.pick(['basic', 'conversational'])));
  if (AMAZIGH_TOWNS.includes(city)) languages.push(skill('tzm', 'native'));
  return languages;
}

function startupNeeds(random: Random, stage: number): { kind: Need; amountUsd?: number }[] {
  const wanted = new Set<Need>();
  if (random.chance(0.75)) wanted.add('mentoring');
  if (random.chance(INVESTMENT_CHANCE[stage] ?? 0.4)) wanted.add('investment');
  if (random.chance(0.35)) wanted.add('market-access');
  if (random.chance(0.25)) wanted.add('partnership');
  if (random.chance(stage === 0 ? 0.6 : 0.25)) wanted.add('training');
  if (wanted.size === 0) wanted.add('mentoring');
  return NEEDS.filter((need) => wanted.has(need)).map((kind) =>
    kind === 'investment'
      ? { kind, amountUsd: roundTo(within(random, AMOUNT_USD[stage] ?? [50_000, 200_000]), 5_000) }
      : { kind },
  );
}

function demoStartup(
  entry: StartupEntry,
  random: Random,
  showcase: boolean,
): Omit<DemoStartup, 'inCohort' | 'verify'> {
  const stage = random.weighted(
    STAGES.map((_, i) => i),
    (i) => STAGE_WEIGHT[i] ?? 1,
  );
  return {
    slug: entry.slug,
    email: startupEmail(entry.slug),
    centreId: centreFor(entry.city),
    profile: {
      name: { latin: entry.latin, ar: entry.ar },
      description: entry.description,
      sector: entry.sector,
      stage: STAGES[stage] ?? 'prototype',
      city: entry.city,
      languages: startupLanguages(random, entry.city, showcase),
      needs: startupNeeds(random, stage),
      teamSize: within(random, TEAM[stage] ?? [2, 6]),
      foundedYear: within(random, FOUNDED[stage] ?? [2020, 2024]),
      ...(random.chance(0.5) ? { website: `https://www.${entry.slug}.example` } : {}),
      timeZone: 'Africa/Tripoli',
    },
  };
}

function advisorLanguages(random: Random, entry: AdvisorEntry): LanguageSkill[] {
  if (entry.origin === 'libyan-turkish')
    return [
      skill('ar', 'native'),
      skill('tr', random.pick(['fluent', 'native'])),
      skill('en', 'conversational'),
    ];
  if (entry.origin === 'libyan') {
    const languages = [skill('ar', 'native'), skill('en', random.pick(['conversational', 'fluent']))];
    if (random.chance(0.3)) languages.push(skill('it', 'conversational'));
    return languages;
  }
  const languages = [
    skill('tr', 'native'),
    skill('en', random.chance(0.85) ? random.pick(['conversational', 'fluent']) : 'basic'),
  ];
  if (random.chance(0.25)) languages.push(skill('ar', random.pick(['basic', 'conversational'])));
  return languages;
}

function advisorStages(random: Random, investor: boolean): Stage[] {
  const start = investor ? random.int(1, 3) : random.int(0, 2);
  return STAGES.slice(start, Math.min(STAGES.length, start + random.int(2, 4)));
}

function demoAdvisor(entry: AdvisorEntry, random: Random): DemoAdvisor {
  const investor = entry.roles.includes('investor');
  const offers: Offer[] = [];
  if (entry.roles.includes('mentor')) offers.push('mentoring');
  if (investor) offers.push('investment');
  if (random.chance(entry.origin === 'turkish' ? 0.6 : 0.3)) offers.push('market-access');
  if (random.chance(0.3)) offers.push('partnership');
  const minUsd = random.pick([10_000, 25_000, 50_000, 100_000]);
  const centreId = entry.city === undefined ? random.pick(DEMO_CENTRES).id : centreFor(entry.city);
  return {
    slug: entry.slug,
    email: advisorEmail(entry.slug),
    centreId,
    verify: true,
    profile: {
      displayName: entry.displayName,
      organisation: entry.organisation,
      roles: entry.roles,
      sectors: entry.sectors,
      stages: advisorStages(random, investor),
      languages: advisorLanguages(random, entry),
      offers,
      ...(investor ? { ticket: { minUsd, maxUsd: minUsd * random.pick([4, 8, 10, 20]) } } : {}),
      capacity: random.int(2, 6),
      timeZone: entry.origin === 'turkish' ? 'Europe/Istanbul' : 'Africa/Tripoli',
      ...(entry.city === undefined ? {} : { city: entry.city }),
      bio: entry.bio,
    },
  };
}

/**
 * The demo data set: the same `seed` always gives the same data. Companies, people and the
 * programme are hand-written; stages, teams, languages, needs, tickets and capacities are drawn.
 */
export function demoData(seed: number = DEMO_SEED): DemoData {
  const random = seededRandom(seed);
  const drafts = STARTUP_CATALOGUE.map((entry, i) => demoStartup(entry, random, i < SHOWCASE_COUNT));
  const others = drafts.slice(SHOWCASE_COUNT).map((draft) => draft.slug);
  const cohort = new Set([
    ...drafts.slice(0, SHOWCASE_COUNT).map((d) => d.slug),
    ...random.sample(others, COHORT_SIZE - SHOWCASE_COUNT),
  ]);
  const pending = new Set(
    random.sample(
      others.filter((slug) => !cohort.has(slug)),
      PENDING_STARTUPS,
    ),
  );
  return {
    seed,
    password: DEMO_PASSWORD,
    council: DEMO_COUNCIL,
    centres: DEMO_CENTRES,
    programme: DEMO_PROGRAMME,
    cohortId: DEMO_COHORT_ID,
    startups: drafts.map((draft) => ({
      ...draft,
      inCohort: cohort.has(draft.slug),
      verify: !pending.has(draft.slug),
    })),
    advisors: ADVISOR_CATALOGUE.map((entry) => demoAdvisor(entry, random)),
  };
}
