import { OFFERS, proficiencyLevel, sectionOf, stageIndex, type Offer } from '@jisr/contracts';
import type { MatchableAdvisor } from './scoring-types';
import { SlotSets } from './slot-sets';

/** Sections A–U as 0–20; divisions by their number (01–99). */
export const sectionIndex = (section: string): number => section.charCodeAt(0) - 65;
export const offerBit = (offer: Offer): number => 1 << OFFERS.indexOf(offer);

/**
 * Advisors as columns of typed arrays, one slot per advisor, kept dense (removal moves the last
 * slot into the hole). A query walks these arrays without touching an object per advisor.
 */
export class AdvisorColumns {
  count = 0;
  ids: string[] = [];
  profiles: MatchableAdvisor[] = [];
  readonly slots = new Map<string, number>();
  /** Advisors listing each division, and those listing any division of each section. */
  readonly divisionMembers = new SlotSets(100);
  readonly sectionMembers = new SlotSets(21);
  stageBits = new Uint8Array(0);
  offerBits = new Uint8Array(0);
  /** NaN when the advisor states no ticket: every comparison with NaN is false, so no amount is covered. */
  ticketMin = new Float64Array(0);
  ticketMax = new Float64Array(0);
  load = new Int32Array(0);
  capacity = new Int32Array(0);
  /** 1 when verified and not paused. */
  listed = new Uint8Array(0);
  /** Interned centre and city ids; -1 when the advisor has none. */
  centre = new Int32Array(0);
  city = new Int32Array(0);
  /** Proficiency level (0 = does not speak) at `slot * languageStride + languageColumn`. */
  languageLevels = new Uint8Array(0);
  languageStride = 8;
  readonly languageColumns = new Map<string, number>();
  readonly centres = new Map<string, number>();
  readonly cities = new Map<string, number>();
  private room = 0;

  write(slot: number, advisor: MatchableAdvisor): void {
    this.ensureLanguages(advisor);
    const previous = this.profiles[slot];
    if (previous !== undefined) this.forgetSectors(slot, previous);
    this.ids[slot] = advisor.advisorId;
    this.profiles[slot] = advisor;
    for (const division of advisor.sectors) {
      this.divisionMembers.add(Number(division), slot);
      this.sectionMembers.add(sectionIndex(sectionOf(division)), slot);
    }
    this.stageBits[slot] = advisor.stages.reduce((bits, stage) => bits | (1 << stageIndex(stage)), 0);
    this.offerBits[slot] = advisor.offers.reduce((bits, offer) => bits | offerBit(offer), 0);
    this.ticketMin[slot] = advisor.ticket?.minUsd ?? Number.NaN;
    this.ticketMax[slot] = advisor.ticket?.maxUsd ?? Number.NaN;
    this.load[slot] = advisor.load;
    this.capacity[slot] = advisor.capacity;
    this.listed[slot] = advisor.verification === 'verified' && !advisor.paused ? 1 : 0;
    this.centre[slot] = intern(this.centres, advisor.centreId);
    this.city[slot] = intern(this.cities, advisor.city);
    const row = slot * this.languageStride;
    this.languageLevels.fill(0, row, row + this.languageStride);
    for (const skill of advisor.languages) {
      this.languageLevels[row + this.languageColumns.get(skill.code)!] = proficiencyLevel(skill.proficiency);
    }
  }

  /** A new slot at the end, growing the columns when full. */
  append(advisor: MatchableAdvisor): number {
    if (this.count === this.room) this.grow(Math.max(64, this.room * 2), this.languageStride);
    const slot = this.count++;
    this.slots.set(advisor.advisorId, slot);
    this.write(slot, advisor);
    return slot;
  }

  /** Moves the last slot into the removed one so the columns stay dense. */
  removeAt(slot: number): void {
    const last = this.count - 1;
    const removed = this.ids[slot]!;
    const moved = this.profiles[last]!;
    this.forgetSectors(last, moved);
    if (slot !== last) {
      this.write(slot, moved);
      this.slots.set(moved.advisorId, slot);
    }
    this.slots.delete(removed);
    this.ids.length = last;
    this.profiles.length = last;
    this.count = last;
  }

  private forgetSectors(slot: number, advisor: MatchableAdvisor): void {
    for (const division of advisor.sectors) {
      this.divisionMembers.delete(Number(division), slot);
      this.sectionMembers.delete(sectionIndex(sectionOf(division)), slot);
    }
  }

  private ensureLanguages(advisor: MatchableAdvisor): void {
    for (const skill of advisor.languages) {
      if (!this.languageColumns.has(skill.code))
        this.languageColumns.set(skill.code, this.languageColumns.size);
    }
    if (this.languageColumns.size > this.languageStride) {
      let stride = this.languageStride;
      while (stride < this.languageColumns.size) stride *= 2;
      this.grow(this.room, stride);
    }
  }

  private grow(room: number, stride: number): void {
    const widen = <T extends Uint8Array | Uint32Array | Int32Array | Float64Array>(
      old: T,
      make: (n: number) => T,
      per = 1,
    ): T => {
      const next = make(room * per);
      next.set(old.subarray(0, this.count * per));
      return next;
    };
    this.divisionMembers.grow(room);
    this.sectionMembers.grow(room);
    this.stageBits = widen(this.stageBits, (n) => new Uint8Array(n));
    this.offerBits = widen(this.offerBits, (n) => new Uint8Array(n));
    this.ticketMin = widen(this.ticketMin, (n) => new Float64Array(n));
    this.ticketMax = widen(this.ticketMax, (n) => new Float64Array(n));
    this.load = widen(this.load, (n) => new Int32Array(n));
    this.capacity = widen(this.capacity, (n) => new Int32Array(n));
    this.listed = widen(this.listed, (n) => new Uint8Array(n));
    this.centre = widen(this.centre, (n) => new Int32Array(n));
    this.city = widen(this.city, (n) => new Int32Array(n));
    const levels = new Uint8Array(room * stride);
    for (let slot = 0; slot < this.count; slot++) {
      const from = slot * this.languageStride;
      levels.set(this.languageLevels.subarray(from, from + this.languageStride), slot * stride);
    }
    this.languageLevels = levels;
    this.languageStride = stride;
    this.room = room;
  }
}

function intern(table: Map<string, number>, value: string | undefined): number {
  if (value === undefined) return -1;
  let id = table.get(value);
  if (id === undefined) table.set(value, (id = table.size));
  return id;
}
