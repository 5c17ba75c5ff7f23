import {
  areSectionsRelated,
  proficiencyLevel,
  sectionOf,
  stageIndex,
  type Offer,
  type Stage,
} from '@jisr/contracts';
import type {
  LanguageDetail,
  LoadDetail,
  MatchableAdvisor,
  MatchableStartup,
  NeedCheck,
  NeedsDetail,
  PlaceDetail,
  SectorDetail,
  StageDetail,
} from './scoring-types';

// The constants and scalar helpers below are shared with the fast index, so that both engines
// compute bit-identical fits and therefore identical totals.

export const SECTOR_FIT = { division: 1, section: 0.6, related: 0.25, none: 0 } as const;
export const STAGE_FIT = { exact: 1, neighbour: 0.5, none: 0 } as const;
export const PLACE_FIT = { centre: 1, city: 0.5, none: 0 } as const;
/** A startup asking for nothing an advisor offers (only training, or nothing) is neither helped nor hurt. */
export const NO_ADVISOR_NEEDS_FIT = 0.5;

/** Proficiency levels run 1..4; index 0 means "does not speak it". */
export const LEVELS = 5;

/** `LANGUAGE_FIT[startupLevel * LEVELS + advisorLevel]`: geometric mean of both levels over 4, so both sides count. */
export const LANGUAGE_FIT: Float64Array = (() => {
  const table = new Float64Array(LEVELS * LEVELS);
  for (let s = 1; s < LEVELS; s++)
    for (let a = 1; a < LEVELS; a++) table[s * LEVELS + a] = Math.sqrt(s * a) / 4;
  return table;
})();

export const needsFit = (met: number, considered: number): number =>
  considered === 0 ? NO_ADVISOR_NEEDS_FIT : met / considered;

/** Full capacity is excluded before scoring; an idle advisor scores 1, one with one seat left about 0.5. */
export const loadFit = (load: number, capacity: number): number => 1 - (0.5 * load) / capacity;

export const ticketCovers = (minUsd: number, maxUsd: number, amountUsd: number): boolean =>
  amountUsd >= minUsd && amountUsd <= maxUsd;

export interface Fit<D> {
  readonly fit: number;
  readonly detail: D;
}

export function scoreSector(startup: MatchableStartup, advisor: MatchableAdvisor): Fit<SectorDetail> {
  const division = startup.sector;
  if (advisor.sectors.includes(division))
    return { fit: SECTOR_FIT.division, detail: { kind: 'division', division } };
  const section = sectionOf(division);
  const ordered = [...advisor.sectors].sort();
  const sameSection = ordered.find((d) => sectionOf(d) === section);
  if (sameSection !== undefined) {
    return {
      fit: SECTOR_FIT.section,
      detail: { kind: 'section', division, advisorDivision: sameSection, section },
    };
  }
  const related = ordered.find((d) => areSectionsRelated(section, sectionOf(d)));
  if (related !== undefined) {
    const advisorSection = sectionOf(related);
    return {
      fit: SECTOR_FIT.related,
      detail: { kind: 'related', division, advisorDivision: related, section, advisorSection },
    };
  }
  return { fit: SECTOR_FIT.none, detail: { kind: 'none', division } };
}

export function scoreStage(startup: MatchableStartup, advisor: MatchableAdvisor): Fit<StageDetail> {
  const stage = startup.stage;
  if (advisor.stages.includes(stage)) return { fit: STAGE_FIT.exact, detail: { kind: 'exact', stage } };
  const at = stageIndex(stage);
  const neighbour = [...advisor.stages]
    .sort((a, b) => stageIndex(a) - stageIndex(b))
    .find((s: Stage) => Math.abs(stageIndex(s) - at) === 1);
  if (neighbour !== undefined) {
    return { fit: STAGE_FIT.neighbour, detail: { kind: 'neighbour', stage, advisorStage: neighbour } };
  }
  return { fit: STAGE_FIT.none, detail: { kind: 'none', stage, advisorStages: advisor.stages } };
}

/** The best shared language, or null when there is none (then the pair is never a candidate). */
export function scoreLanguage(
  startup: MatchableStartup,
  advisor: MatchableAdvisor,
): Fit<LanguageDetail> | null {
  let best: Fit<LanguageDetail> | null = null;
  for (const own of startup.languages) {
    const theirs = advisor.languages.find((skill) => skill.code === own.code);
    if (theirs === undefined) continue;
    const fit =
      LANGUAGE_FIT[proficiencyLevel(own.proficiency) * LEVELS + proficiencyLevel(theirs.proficiency)] ?? 0;
    if (best === null || fit > best.fit) {
      best = { fit, detail: { code: own.code, startup: own.proficiency, advisor: theirs.proficiency } };
    }
  }
  return best;
}

/** The needs an advisor can meet, each once (first mention wins); training is the programme's job. */
export function advisorNeeds(startup: MatchableStartup): { kind: Offer; amountUsd: number | undefined }[] {
  const seen = new Set<string>();
  const needs: { kind: Offer; amountUsd: number | undefined }[] = [];
  for (const need of startup.needs) {
    if (need.kind === 'training' || seen.has(need.kind)) continue;
    seen.add(need.kind);
    needs.push({ kind: need.kind, amountUsd: need.amountUsd });
  }
  return needs;
}

function checkNeed(kind: Offer, amountUsd: number | undefined, advisor: MatchableAdvisor): NeedCheck {
  const offered = advisor.offers.includes(kind);
  if (kind !== 'investment') return { kind, met: offered };
  const ticket = advisor.ticket;
  // An investor matches a stated amount only when their ticket range covers it.
  const met =
    offered &&
    (amountUsd === undefined ||
      (ticket !== undefined && ticketCovers(ticket.minUsd, ticket.maxUsd, amountUsd)));
  return { kind, met, amountUsd, ticket };
}

export function scoreNeeds(startup: MatchableStartup, advisor: MatchableAdvisor): Fit<NeedsDetail> {
  const checks = advisorNeeds(startup).map((need) => checkNeed(need.kind, need.amountUsd, advisor));
  const met = checks.filter((check) => check.met).length;
  return { fit: needsFit(met, checks.length), detail: { checks } };
}

export function scoreLoad(advisor: MatchableAdvisor): Fit<LoadDetail> {
  return {
    fit: loadFit(advisor.load, advisor.capacity),
    detail: { load: advisor.load, capacity: advisor.capacity },
  };
}

export function scorePlace(startup: MatchableStartup, advisor: MatchableAdvisor): Fit<PlaceDetail> {
  if (startup.centreId !== undefined && startup.centreId === advisor.centreId) {
    return { fit: PLACE_FIT.centre, detail: { kind: 'centre' } };
  }
  if (startup.city !== undefined && startup.city === advisor.city) {
    return { fit: PLACE_FIT.city, detail: { kind: 'city', city: startup.city } };
  }
  return { fit: PLACE_FIT.none, detail: { kind: 'none' } };
}
