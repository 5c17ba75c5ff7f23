import type { Offer } from '@jisr/contracts';
import { offerBit, type AdvisorColumns } from './advisor-columns';
import { fitsSide, harmonicFit } from './combine';
import { ticketCovers } from './criteria';
import { SECTOR_VALUES, STAGE_VALUES, slotHundredths, stageKindOf } from './slot-score';
import type { StartupProbe } from './startup-probe';
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
const BIND = { ticketCovers, slotHundredths, stageKindOf };

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
  const { ticketCovers: covers, slotHundredths: scoreOf, stageKindOf: stageOf } = BIND;
  const offerFilter = query.offer === undefined ? 0 : offerBit(query.offer);
  const ticketFilter = query.offer === 'investment' && !Number.isNaN(probe.investmentUsd);
  const { ids, listed, load, capacity, offerBits, languageLevels, languageStride, stageBits } = columns;
  const { centre, ticketMin, ticketMax, count } = columns;
  const { investmentUsd } = probe;
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
        const stageKind = stageOf(stageBits[slot] ?? 0, probe);
        if ((bounds[kind * 3 + stageKind] ?? 0) < threshold - 1) continue;
        if (offerFilter !== 0 && ((offerBits[slot] ?? 0) & offerFilter) === 0) continue;
        if (ticketFilter && !covers(ticketMin[slot] ?? NaN, ticketMax[slot] ?? NaN, investmentUsd)) continue;
        const row = slot * languageStride;
        if (languageFilter >= 0 && languageLevels[row + languageFilter] === 0) continue;
        if (centreFilter >= 0 && centre[slot] !== centreFilter) continue;

        const score = scoreOf(columns, probe, weights, slot, kind, stageKind);
        if (score < 0) continue;
        if (!heap.accepts(score, slot)) continue;
        if (admit !== undefined && !admit(ids[slot] ?? '', seats - used)) continue;
        heap.push(score, slot);
        threshold = heap.threshold;
      }
    }
  }
  return heap.sorted().map((entry) => ({ slot: entry.slot, totalHundredths: entry.score }));
}
