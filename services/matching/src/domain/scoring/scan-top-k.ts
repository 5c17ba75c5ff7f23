import type { Offer } from '@jisr/contracts';
import { DIVISION_WORDS, offerBit, type AdvisorColumns } from './advisor-columns';
import { fitHundredths } from './combine';
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

/** Scores every listed advisor against one probe and keeps the best `limit`; no allocation per advisor. */
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
  const offerFilter = query.offer === undefined ? 0 : offerBit(query.offer);
  const ticketFilter = query.offer === 'investment' && !Number.isNaN(probe.investmentUsd);
  const {
    ids,
    listed,
    load,
    capacity,
    offerBits,
    languageLevels,
    languageStride,
    divisionBits,
    sectionBits,
  } = columns;
  const { stageBits, centre, city, ticketMin, ticketMax } = columns;
  const ownColumns = probe.languageColumns;
  const ownLevels = probe.languageLevels;
  const heap = new TopKHeap(k, ids);
  for (let slot = 0; slot < columns.count; slot++) {
    if (listed[slot] === 0) continue;
    const used = load[slot] ?? 0;
    const seats = capacity[slot] ?? 0;
    if (used >= seats) continue;
    if (offerFilter !== 0 && ((offerBits[slot] ?? 0) & offerFilter) === 0) continue;
    if (ticketFilter && !ticketCovers(ticketMin[slot] ?? NaN, ticketMax[slot] ?? NaN, probe.investmentUsd))
      continue;
    const row = slot * languageStride;
    if (languageFilter >= 0 && languageLevels[row + languageFilter] === 0) continue;
    if (centreFilter >= 0 && centre[slot] !== centreFilter) continue;

    let language = 0;
    for (let i = 0; i < ownColumns.length; i++) {
      const theirs = languageLevels[row + (ownColumns[i] ?? 0)] ?? 0;
      const fit = LANGUAGE_FIT[(ownLevels[i] ?? 0) * LEVELS + theirs] ?? 0;
      if (fit > language) language = fit;
    }
    if (language === 0) continue;

    const sections = sectionBits[slot] ?? 0;
    const sector =
      ((divisionBits[slot * DIVISION_WORDS + probe.divisionWord] ?? 0) & probe.divisionMask) !== 0
        ? SECTOR_FIT.division
        : (sections & probe.sectionMask) !== 0
          ? SECTOR_FIT.section
          : (sections & probe.relatedSections) !== 0
            ? SECTOR_FIT.related
            : SECTOR_FIT.none;
    const stages = stageBits[slot] ?? 0;
    const stage =
      (stages & probe.stageMask) !== 0
        ? STAGE_FIT.exact
        : (stages & probe.neighbourStages) !== 0
          ? STAGE_FIT.neighbour
          : STAGE_FIT.none;
    const needs = needsFit(metNeeds(probe, columns, slot), probe.consideredNeeds);
    const place =
      centre[slot] === probe.centre
        ? PLACE_FIT.centre
        : city[slot] === probe.city
          ? PLACE_FIT.city
          : PLACE_FIT.none;
    const score = fitHundredths(sector, stage, language, needs, loadFit(used, seats), place, weights);

    if (!heap.accepts(score, slot)) continue;
    if (query.admit !== undefined && !query.admit(ids[slot] ?? '', seats - used)) continue;
    heap.push(score, slot);
  }
  return heap.sorted().map((entry) => ({ slot: entry.slot, totalHundredths: entry.score }));
}
