import type { Offer } from '@jisr/contracts';
import { offerBit, type AdvisorColumns } from './advisor-columns';
import { fitHundredths, fitsSide, harmonicFit } from './combine';
import {
  LANGUAGE_FIT,
  LEVELS,
  PLACE_FIT,
  SECTOR_FIT,
  STAGE_FIT,
  loadFit,
  needsFit,
  ticketCovers,
} from './criteria';
import { metNeeds, type StartupProbe } from './startup-probe';
import { TopKHeap } from './top-k-heap';
import type { Weights } from './scoring-types';

/**
 * Filters a startup can put on its list. `offer` keeps advisors offering it; for `investment` with
 * an amount stated, only investors whose ticket covers it. `language` keeps advisors speaking it;
 * `centreId` those attached to that business development centre.
 */
export interface AdvisorFilter {
  readonly offer?: Offer | undefined;
  readonly language?: string | undefined;
  readonly centreId?: string | undefined;
}

export interface TopKQuery extends AdvisorFilter {
  readonly limit: number;
  /** Asked only for an advisor about to enter the list; `false` passes over them to the next best. */
  readonly admit?: ((advisorId: string, freeCapacity: number) => boolean) | undefined;
}

export interface RankedSlot {
  readonly slot: number;
  readonly totalHundredths: number;
}

// Imported bindings are copied into locals before the loop: some loaders (tsx/esbuild, jest) turn
// every read of an imported name into a getter call, which would cost more than the scoring itself.
const BIND = { fitHundredths, loadFit, needsFit, ticketCovers, metNeeds, LANGUAGE_FIT, LEVELS };
/** Indexed by sector kind: 0 same division, 1 same section, 2 related section, 3 none. */
const SECTOR_VALUES = Float64Array.of(
  SECTOR_FIT.division,
  SECTOR_FIT.section,
  SECTOR_FIT.related,
  SECTOR_FIT.none,
);
/** Indexed by stage kind: 0 exact, 1 neighbour, 2 none. */
const STAGE_VALUES = Float64Array.of(STAGE_FIT.exact, STAGE_FIT.neighbour, STAGE_FIT.none);
const PLACE_VALUES = Float64Array.of(PLACE_FIT.centre, PLACE_FIT.city, PLACE_FIT.none);

/**
 * Upper bound of the total (hundredths) per `sectorKind * 3 + stageKind`: the total rises with either
 * side, so the serving side at its best (1) bounds it; with no serving weight the total is the fits
 * side, which this bound also covers.
 */
function boundsFor(weights: Weights): Float64Array {
  const bounds = new Float64Array(12);
  SECTOR_VALUES.forEach((sector, s) =>
    STAGE_VALUES.forEach((stage, t) => {
      bounds[s * 3 + t] = 10_000 * harmonicFit(1, fitsSide(sector, stage, weights));
    }),
  );
  return bounds;
}

/**
 * Scores listed advisors against one probe and keeps the best `limit`, allocating nothing per
 * advisor. Advisors are visited by sector kind (the startup's division, the rest of its section,
 * related sections, everyone else) from the division's slot sets; a kind whose best possible total
 * cannot reach the current k-th score is skipped whole, and so is any advisor whose bound cannot.
 * One hundredth of slack keeps float rounding from ever pruning an advisor that would be kept.
 */
export function scanTopK(
  columns: AdvisorColumns,
  probe: StartupProbe,
  weights: Weights,
  query: TopKQuery,
): RankedSlot[] {
  const k = Math.max(0, Math.floor(query.limit));
  const languageFilter =
    query.language === undefined ? -1 : (columns.languageColumns.get(query.language) ?? -2);
  const centreFilter = query.centreId === undefined ? -1 : (columns.centres.get(query.centreId) ?? -2);
  if (k === 0 || probe.languageColumns.length === 0 || languageFilter === -2 || centreFilter === -2)
    return [];
  const {
    fitHundredths: fit,
    loadFit: loadOf,
    needsFit: needsOf,
    ticketCovers: covers,
    metNeeds: met,
  } = BIND;
  const { LANGUAGE_FIT: languageTable, LEVELS: levels } = BIND;
  const offerFilter = query.offer === undefined ? 0 : offerBit(query.offer);
  const ticketFilter = query.offer === 'investment' && !Number.isNaN(probe.investmentUsd);
  const { ids, listed, load, capacity, offerBits, languageLevels, languageStride, stageBits } = columns;
  const { centre, city, ticketMin, ticketMax, count } = columns;
  const {
    stageMask,
    neighbourStages,
    consideredNeeds,
    investmentUsd,
    centre: ownCentre,
    city: ownCity,
  } = probe;
  const ownColumns = probe.languageColumns;
  const ownLevels = probe.languageLevels;
  const related = probe.relatedSections;
  const words = columns.divisionMembers.words;
  const divisionSet = columns.divisionMembers.bits;
  const sectionSet = columns.sectionMembers.bits;
  const ownDivision = probe.division * words;
  const ownSection = probe.section * words;
  const admit = query.admit;
  const heap = new TopKHeap(k, ids);
  const bounds = boundsFor(weights);
  let threshold = -1;
  for (let kind = 0; kind < 4; kind++) {
    if ((bounds[kind * 3] ?? 0) < threshold - 1) continue;
    for (let w = 0; w < words; w++) {
      let near = 0;
      if (kind >= 2)
        for (let r = 0; r < related.length; r++) near |= sectionSet[(related[r] ?? 0) * words + w] ?? 0;
      const division = divisionSet[ownDivision + w] ?? 0;
      const section = sectionSet[ownSection + w] ?? 0;
      let members =
        kind === 0
          ? division
          : kind === 1
            ? section & ~division
            : kind === 2
              ? near & ~section
              : ~(section | near);
      while (members !== 0) {
        const lowest = members & -members;
        members ^= lowest;
        const slot = (w << 5) | (31 - Math.clz32(lowest));
        if (slot >= count) break;
        if (listed[slot] === 0) continue;
        const used = load[slot] ?? 0;
        const seats = capacity[slot] ?? 0;
        if (used >= seats) continue;
        const stages = stageBits[slot] ?? 0;
        const stageKind = (stages & stageMask) !== 0 ? 0 : (stages & neighbourStages) !== 0 ? 1 : 2;
        if ((bounds[kind * 3 + stageKind] ?? 0) < threshold - 1) continue;
        if (offerFilter !== 0 && ((offerBits[slot] ?? 0) & offerFilter) === 0) continue;
        if (ticketFilter && !covers(ticketMin[slot] ?? NaN, ticketMax[slot] ?? NaN, investmentUsd)) continue;
        const row = slot * languageStride;
        if (languageFilter >= 0 && languageLevels[row + languageFilter] === 0) continue;
        if (centreFilter >= 0 && centre[slot] !== centreFilter) continue;

        let language = 0;
        for (let i = 0; i < ownColumns.length; i++) {
          const theirs = languageLevels[row + (ownColumns[i] ?? 0)] ?? 0;
          const value = languageTable[(ownLevels[i] ?? 0) * levels + theirs] ?? 0;
          if (value > language) language = value;
        }
        if (language === 0) continue;

        const needs = needsOf(met(probe, columns, slot), consideredNeeds);
        const place = PLACE_VALUES[centre[slot] === ownCentre ? 0 : city[slot] === ownCity ? 1 : 2] ?? 0;
        const sector = SECTOR_VALUES[kind] ?? 0;
        const score = fit(
          sector,
          STAGE_VALUES[stageKind] ?? 0,
          language,
          needs,
          loadOf(used, seats),
          place,
          weights,
        );
        if (!heap.accepts(score, slot)) continue;
        if (admit !== undefined && !admit(ids[slot] ?? '', seats - used)) continue;
        heap.push(score, slot);
        threshold = heap.threshold;
      }
    }
  }
  return heap.sorted().map((entry) => ({ slot: entry.slot, totalHundredths: entry.score }));
}
