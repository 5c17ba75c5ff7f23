import { AdvisorColumns } from './advisor-columns';
import { explainPair } from './explain-pair';
import { scanTopK, type TopKQuery } from './scan-top-k';
import { scorePair } from './score-pair';
import { scoreSlots } from './slot-score';
import { probeStartup } from './startup-probe';
import type { ExplainedPair, MatchableAdvisor, MatchableStartup, Weights } from './scoring-types';

export interface RankedAdvisor {
  readonly advisor: MatchableAdvisor;
  readonly total: number;
  readonly totalHundredths: number;
}

/**
 * Every known advisor in a compact in-memory index. The read model keeps it current (upsert on
 * profile events, `setLoad` on introduction events, `remove` on erasure); paused and unverified
 * advisors may stay in it, they are simply never ranked.
 */
/** Past this many explained pairs for one startup its memo starts over (filters vary the advisors). */
const MOST_PAIRS_PER_STARTUP = 256;

interface ExplainedMemo {
  readonly advisor: MatchableAdvisor;
  readonly weights: Weights;
  readonly pair: ExplainedPair;
}

export class AdvisorIndex {
  private readonly columns = new AdvisorColumns();
  /**
   * Explained pairs by startup (the object: a changed profile is a new one) and advisor id. A pair is
   * reused only for the same advisor object and weights, which change whenever a profile, a load or
   * a programme's weights do, so a reused pair is exactly the one scoring would build again.
   */
  private readonly explained = new WeakMap<MatchableStartup, Map<string, ExplainedMemo>>();

  get size(): number {
    return this.columns.count;
  }

  get(advisorId: string): MatchableAdvisor | undefined {
    const slot = this.columns.slots.get(advisorId);
    return slot === undefined ? undefined : this.columns.profiles[slot];
  }

  /** Every stored advisor, in no particular order. */
  advisors(): readonly MatchableAdvisor[] {
    return this.columns.profiles;
  }

  upsert(advisor: MatchableAdvisor): void {
    const slot = this.columns.slots.get(advisor.advisorId);
    if (slot === undefined) this.columns.append(advisor);
    else this.columns.write(slot, advisor);
  }

  remove(advisorId: string): boolean {
    const slot = this.columns.slots.get(advisorId);
    if (slot === undefined) return false;
    this.columns.removeAt(slot);
    return true;
  }

  /** The advisor's active introductions changed; false when the advisor is unknown. */
  setLoad(advisorId: string, load: number): boolean {
    const advisor = this.get(advisorId);
    if (advisor === undefined) return false;
    this.upsert({ ...advisor, load });
    return true;
  }

  /** The best `limit` advisors for a startup, scores only, best first (ties by advisor id). */
  topK(startup: MatchableStartup, weights: Weights, query: TopKQuery): RankedAdvisor[] {
    const ranked = scanTopK(this.columns, probeStartup(startup, this.columns), weights, query);
    return ranked.map(({ slot, totalHundredths }) => ({
      advisor: this.columns.profiles[slot] as MatchableAdvisor,
      total: totalHundredths / 100,
      totalHundredths,
    }));
  }

  /** Listed advisors with a free place, by slot: the columns of a cohort round's full graph. */
  openSlots(): { readonly slots: Int32Array; readonly advisors: MatchableAdvisor[] } {
    const { listed, load, capacity, count, profiles } = this.columns;
    const slots: number[] = [];
    for (let slot = 0; slot < count; slot++)
      if (listed[slot] === 1 && (load[slot] ?? 0) < (capacity[slot] ?? 0)) slots.push(slot);
    return {
      slots: Int32Array.from(slots),
      advisors: slots.map((slot) => profiles[slot] as MatchableAdvisor),
    };
  }

  /** The startup's total (hundredths) with each of `slots`, 0 where never matched or under the minimum. */
  scoreRow(
    startup: MatchableStartup,
    weights: Weights,
    slots: Int32Array,
    minHundredths: number,
    out: Uint16Array,
  ): void {
    scoreSlots(this.columns, probeStartup(startup, this.columns), weights, slots, minHundredths, out);
  }

  /** `topK` with the breakdown and sentences, computed for the returned advisors only. */
  recommend(startup: MatchableStartup, weights: Weights, query: TopKQuery): ExplainedPair[] {
    let memo = this.explained.get(startup);
    if (memo === undefined) this.explained.set(startup, (memo = new Map()));
    const pairs = memo;
    return this.topK(startup, weights, query).flatMap(({ advisor }) => {
      const known = pairs.get(advisor.advisorId);
      if (known !== undefined && known.advisor === advisor && known.weights === weights) return [known.pair];
      const score = scorePair(startup, advisor, weights);
      if (!score.candidate) return [];
      const pair = explainPair(score);
      if (pairs.size >= MOST_PAIRS_PER_STARTUP) pairs.clear();
      pairs.set(advisor.advisorId, { advisor, weights, pair });
      return [pair];
    });
  }
}
