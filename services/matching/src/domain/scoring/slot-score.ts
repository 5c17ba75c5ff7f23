import type { AdvisorColumns } from './advisor-columns';
import { fitHundredths } from './combine';
import { LANGUAGE_FIT, LEVELS, PLACE_FIT, SECTOR_FIT, STAGE_FIT, loadFit, needsFit } from './criteria';
import { metNeeds, type StartupProbe } from './startup-probe';
import type { Weights } from './scoring-types';

// Imported bindings are copied into locals: some loaders (tsx/esbuild, jest) turn every read of an
// imported name into a getter call, which would cost more than the scoring itself.
const BIND = { fitHundredths, loadFit, needsFit, metNeeds, LANGUAGE_FIT, LEVELS };
/** Indexed by sector kind: 0 same division, 1 same section, 2 related section, 3 none. */
export const SECTOR_VALUES = Float64Array.of(
  SECTOR_FIT.division,
  SECTOR_FIT.section,
  SECTOR_FIT.related,
  SECTOR_FIT.none,
);
/** Indexed by stage kind: 0 exact, 1 neighbour, 2 none. */
export const STAGE_VALUES = Float64Array.of(STAGE_FIT.exact, STAGE_FIT.neighbour, STAGE_FIT.none);
const PLACE_VALUES = Float64Array.of(PLACE_FIT.centre, PLACE_FIT.city, PLACE_FIT.none);

/** 0 exact, 1 neighbour, 2 none: the index into `STAGE_VALUES`. */
export const stageKindOf = (stages: number, probe: StartupProbe): number =>
  (stages & probe.stageMask) !== 0 ? 0 : (stages & probe.neighbourStages) !== 0 ? 1 : 2;

/**
 * The total (hundredths) of a listed advisor with a free place for the probed startup, the same
 * number the reference scorer gives; -1 when they share no language. Filters are the caller's.
 */
export function slotHundredths(
  columns: AdvisorColumns,
  probe: StartupProbe,
  weights: Weights,
  slot: number,
  sectorKind: number,
  stageKind: number,
): number {
  const { fitHundredths: fit, loadFit: loadOf, needsFit: needsOf, metNeeds: met } = BIND;
  const { LANGUAGE_FIT: languageTable, LEVELS: levels } = BIND;
  const row = slot * columns.languageStride;
  const ownColumns = probe.languageColumns;
  const ownLevels = probe.languageLevels;
  const languageLevels = columns.languageLevels;
  let language = 0;
  for (let i = 0; i < ownColumns.length; i++) {
    const theirs = languageLevels[row + (ownColumns[i] ?? 0)] ?? 0;
    const value = languageTable[(ownLevels[i] ?? 0) * levels + theirs] ?? 0;
    if (value > language) language = value;
  }
  if (language === 0) return -1;
  const needs = needsOf(met(probe, columns, slot), probe.consideredNeeds);
  const placeKind = columns.centre[slot] === probe.centre ? 0 : columns.city[slot] === probe.city ? 1 : 2;
  return fit(
    SECTOR_VALUES[sectorKind] ?? 0,
    STAGE_VALUES[stageKind] ?? 0,
    language,
    needs,
    loadOf(columns.load[slot] ?? 0, columns.capacity[slot] ?? 0),
    PLACE_VALUES[placeKind] ?? 0,
    weights,
  );
}

/**
 * Scores the startup against every listed slot in `slots` into `out` (hundredths; 0 where the pair
 * can never be matched or scores under `minHundredths`). No pruning: a cohort round prices every
 * eligible pair, and this is the one full pass it makes.
 */
export function scoreSlots(
  columns: AdvisorColumns,
  probe: StartupProbe,
  weights: Weights,
  slots: Int32Array,
  minHundredths: number,
  out: Uint16Array | Uint32Array,
): void {
  const score = BIND_SLOT.slotHundredths;
  const stageOf = BIND_SLOT.stageKindOf;
  const words = columns.divisionMembers.words;
  const divisionSet = columns.divisionMembers.bits;
  const sectionSet = columns.sectionMembers.bits;
  const related = probe.relatedSections;
  const { listed, load, capacity, stageBits } = columns;
  for (let c = 0; c < slots.length; c++) {
    const slot = slots[c] ?? 0;
    out[c] = 0;
    if (listed[slot] === 0 || (load[slot] ?? 0) >= (capacity[slot] ?? 0)) continue;
    const word = slot >>> 5;
    const bit = 1 << (slot & 31);
    let kind = 3;
    if (((divisionSet[probe.division * words + word] ?? 0) & bit) !== 0) kind = 0;
    else if (((sectionSet[probe.section * words + word] ?? 0) & bit) !== 0) kind = 1;
    else
      for (let r = 0; r < related.length; r++)
        if (((sectionSet[(related[r] ?? 0) * words + word] ?? 0) & bit) !== 0) kind = 2;
    const total = score(columns, probe, weights, slot, kind, stageOf(stageBits[slot] ?? 0, probe));
    if (total > 0 && total >= minHundredths) out[c] = total;
  }
}
const BIND_SLOT = { slotHundredths, stageKindOf };
