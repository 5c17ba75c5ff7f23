import {
  SECTIONS,
  areSectionsRelated,
  proficiencyLevel,
  sectionOf,
  stageIndex,
  STAGES,
} from '@jisr/contracts';
import { offerBit, sectionIndex, type AdvisorColumns } from './advisor-columns';
import { advisorNeeds, ticketCovers } from './criteria';

// Bound once: see scan-top-k.ts on imported bindings in hot loops.
const covers = ticketCovers;
import type { MatchableStartup } from './scoring-types';

/** A startup turned into masks and small arrays once per query, so the scan reads only numbers. */
export interface StartupProbe {
  /** Division number and section index, the keys of the index's slot sets. */
  readonly division: number;
  readonly section: number;
  readonly relatedSections: Int32Array;
  readonly stageMask: number;
  readonly neighbourStages: number;
  /** Language columns the startup speaks (that any advisor speaks) and the startup's level in each. */
  readonly languageColumns: Int32Array;
  readonly languageLevels: Int32Array;
  /** Needs other than investment, as offer bits. */
  readonly plainNeeds: number;
  readonly wantsInvestment: boolean;
  /** NaN when no amount is stated: then any investor counts. */
  readonly investmentUsd: number;
  readonly consideredNeeds: number;
  /** Interned ids; -2 when the startup has none, which matches no advisor (their "none" is -1). */
  readonly centre: number;
  readonly city: number;
}

const INVESTMENT = offerBit('investment');

export function probeStartup(startup: MatchableStartup, columns: AdvisorColumns): StartupProbe {
  const section = sectionOf(startup.sector);
  const related = SECTIONS.filter((s) => areSectionsRelated(section, s.code)).map((s) =>
    sectionIndex(s.code),
  );
  const at = stageIndex(startup.stage);
  const neighbourStages = STAGES.filter((s) => Math.abs(stageIndex(s) - at) === 1).reduce(
    (bits, s) => bits | (1 << stageIndex(s)),
    0,
  );
  const spoken = startup.languages.filter((skill) => columns.languageColumns.has(skill.code));
  const needs = advisorNeeds(startup);
  const investment = needs.find((need) => need.kind === 'investment');
  return {
    division: Number(startup.sector),
    section: sectionIndex(section),
    relatedSections: Int32Array.from(related),
    stageMask: 1 << at,
    neighbourStages,
    languageColumns: Int32Array.from(spoken, (skill) => columns.languageColumns.get(skill.code) ?? 0),
    languageLevels: Int32Array.from(spoken, (skill) => proficiencyLevel(skill.proficiency)),
    plainNeeds: needs
      .filter((need) => need.kind !== 'investment')
      .reduce((bits, need) => bits | offerBit(need.kind), 0),
    wantsInvestment: investment !== undefined,
    investmentUsd: investment?.amountUsd ?? Number.NaN,
    consideredNeeds: needs.length,
    centre: startup.centreId === undefined ? -2 : (columns.centres.get(startup.centreId) ?? -2),
    city: startup.city === undefined ? -2 : (columns.cities.get(startup.city) ?? -2),
  };
}

/** Bits set in a 4-bit offer mask. */
export const POPCOUNT4 = Uint8Array.from(
  { length: 16 },
  (_, n) => (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1),
);

/** How many of the startup's needs the advisor in `slot` meets; same rule as the reference `scoreNeeds`. */
export function metNeeds(probe: StartupProbe, columns: AdvisorColumns, slot: number): number {
  const offers = columns.offerBits[slot] ?? 0;
  let met = POPCOUNT4[probe.plainNeeds & offers] ?? 0;
  if (probe.wantsInvestment && (offers & INVESTMENT) !== 0) {
    const amount = probe.investmentUsd;
    if (
      Number.isNaN(amount) ||
      covers(columns.ticketMin[slot] ?? NaN, columns.ticketMax[slot] ?? NaN, amount)
    )
      met++;
  }
  return met;
}
