import {
  LIBYAN_CITIES,
  STAGES,
  type DivisionCode,
  type LanguageSkill,
  type Offer,
  type Proficiency,
  type Stage,
} from '@jisr/contracts';
import type { MatchableAdvisor, MatchableStartup } from '../services/matching/src/domain/scoring';

/** mulberry32: tiny, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
function weighted<T>(random: Random, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of table) if ((r -= w) < 0) return value;
  return table[table.length - 1]![0];
}

// The Libyan–Turkish economy leans on construction, trade, ICT, food and energy; the rest is a long tail.
const SECTOR_WEIGHTS: readonly (readonly [DivisionCode, number])[] = [
  ['41', 9],
  ['42', 7],
  ['43', 6], // construction
  ['45', 3],
  ['46', 9],
  ['47', 7], // trade
  ['61', 3],
  ['62', 8],
  ['63', 4],
  ['58', 1], // ICT
  ['10', 7],
  ['11', 2],
  ['01', 4],
  ['56', 3], // food
  ['35', 6],
  ['06', 3],
  ['09', 2],
  ['19', 2], // energy
  ['49', 3],
  ['52', 2],
  ['55', 2],
  ['64', 2],
  ['66', 1],
  ['71', 3],
  ['72', 1],
  ['85', 2],
  ['86', 2],
  ['23', 2],
  ['25', 2],
  ['28', 1],
  ['36', 1],
  ['38', 1],
  ['68', 1],
  ['79', 1],
];
const STAGE_WEIGHTS: readonly (readonly [Stage, number])[] = [
  ['idea', 3],
  ['prototype', 4],
  ['early-revenue', 3],
  ['growth', 2],
  ['scale', 1],
];
const PROFICIENCY_WEIGHTS: readonly (readonly [Proficiency, number])[] = [
  ['basic', 2],
  ['conversational', 3],
  ['fluent', 4],
  ['native', 1],
];
const CENTRES = [
  'centre-tripoli',
  'centre-benghazi',
  'centre-misrata',
  'centre-sabha',
  'centre-zawiya',
  'centre-istanbul',
];
const CITY_WEIGHTS = LIBYAN_CITIES.map((city) => [city.id, city.population] as const);

function languages(random: Random, home: 'ar' | 'tr'): LanguageSkill[] {
  const skills: LanguageSkill[] = [{ code: home, proficiency: 'native' }];
  if (random() < 0.75) skills.push({ code: 'en', proficiency: weighted(random, PROFICIENCY_WEIGHTS) });
  const other = home === 'ar' ? 'tr' : 'ar';
  if (random() < (home === 'tr' ? 0.3 : 0.15))
    skills.push({ code: other, proficiency: weighted(random, PROFICIENCY_WEIGHTS) });
  if (home === 'ar' && random() < 0.05) skills.push({ code: 'it', proficiency: 'conversational' });
  return skills;
}

function ticket(random: Random): { minUsd: number; maxUsd: number } {
  const minUsd = Math.round(10 ** (4 + random() * 2.5) / 1000) * 1000; // 10k .. ~3M
  return { minUsd, maxUsd: minUsd * (2 + Math.floor(random() * 9)) };
}

export function syntheticAdvisor(random: Random, i: number): MatchableAdvisor {
  const turkish = random() < 0.5;
  const sectors = new Set<DivisionCode>();
  const count = 1 + Math.floor(random() * 4);
  while (sectors.size < count) sectors.add(weighted(random, SECTOR_WEIGHTS));
  const first = Math.floor(random() * STAGES.length);
  const stages = STAGES.slice(first, Math.min(STAGES.length, first + 1 + Math.floor(random() * 3)));
  const offers = (['mentoring', 'investment', 'market-access', 'partnership'] as const).filter(
    (_, k) => random() < [0.8, 0.25, 0.4, 0.3][k]!,
  ) as Offer[];
  if (offers.length === 0) offers.push('mentoring');
  const capacity = 1 + Math.floor(random() * 8);
  return {
    advisorId: `adv-${String(i).padStart(6, '0')}`,
    sectors: [...sectors],
    stages,
    languages: languages(random, turkish ? 'tr' : 'ar'),
    offers,
    ticket: offers.includes('investment') ? ticket(random) : undefined,
    capacity,
    load: random() < 0.1 ? capacity : Math.floor(random() * capacity),
    paused: random() < 0.05,
    verification: random() < 0.92 ? 'verified' : 'pending',
    city: turkish ? undefined : weighted(random, CITY_WEIGHTS),
    centreId: random() < 0.6 ? pick(random, CENTRES) : undefined,
  };
}

export function syntheticStartup(random: Random, i: number): MatchableStartup {
  const needs: { kind: MatchableStartup['needs'][number]['kind']; amountUsd?: number }[] = [];
  if (random() < 0.7) needs.push({ kind: 'mentoring' });
  if (random() < 0.35)
    needs.push({ kind: 'investment', amountUsd: Math.round(10 ** (4.3 + random() * 2) / 1000) * 1000 });
  if (random() < 0.4) needs.push({ kind: 'market-access' });
  if (random() < 0.2) needs.push({ kind: 'partnership' });
  if (random() < 0.3) needs.push({ kind: 'training' });
  return {
    startupId: `st-${String(i).padStart(6, '0')}`,
    sector: weighted(random, SECTOR_WEIGHTS),
    stage: weighted(random, STAGE_WEIGHTS),
    languages: languages(random, 'ar'),
    needs,
    city: weighted(random, CITY_WEIGHTS),
    centreId: random() < 0.7 ? pick(random, CENTRES.slice(0, 5)) : undefined,
  };
}
