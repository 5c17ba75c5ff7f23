import { CRITERIA, SIDE_OF, type Criterion, type Side, type Weights } from './scoring-types';

/*
 * How a total is made, and why the breakdown sums to it exactly.
 *
 * Each side is the weighted mean of its criteria's fits (0..1):
 *   serve = (w_language·f_language + w_needs·f_needs + w_load·f_load + w_place·f_place) / (sum of those weights)
 *   fits  = (w_sector·f_sector + w_stage·f_stage) / (w_sector + w_stage)
 * and the pair's fit is their harmonic mean H = 2·serve·fits / (serve + fits), so a pair good for
 * one side only ranks low. A side whose weights are all 0 drops out (H = the other side).
 *
 * The harmonic mean is also a weighted arithmetic mean, H = α·serve + β·fits with α = fits/(serve+fits)
 * and β = serve/(serve+fits): the weaker side gets the larger share. Criterion c of side s therefore
 * contributes 100 · coef_s · w_c·f_c / W_s points, and these add up to 100·H. The total is 100·H
 * rounded to hundredths; contributions are rounded to hundredths by largest remainder (ties in
 * criterion order), so they sum to the total exactly.
 */

/** The advisor-serves-startup side; NaN when all its weights are 0. */
export const serveSide = (language: number, needs: number, load: number, place: number, w: Weights): number =>
  (w.language * language + w.needs * needs + w.load * load + w.place * place) /
  (w.language + w.needs + w.load + w.place);

/** The startup-fits-advisor side; NaN when all its weights are 0. */
export const fitsSide = (sector: number, stage: number, w: Weights): number =>
  (w.sector * sector + w.stage * stage) / (w.sector + w.stage);

export function harmonicFit(serve: number, fits: number): number {
  if (Number.isNaN(serve)) return Number.isNaN(fits) ? 0 : fits;
  if (Number.isNaN(fits)) return serve;
  const sum = serve + fits;
  return sum === 0 ? 0 : (2 * serve * fits) / sum;
}

/** The ranking key both engines compute: 100·H in hundredths of a point, an integer 0..10000. */
export const fitHundredths = (
  sector: number,
  stage: number,
  language: number,
  needs: number,
  load: number,
  place: number,
  w: Weights,
): number =>
  Math.round(harmonicFit(serveSide(language, needs, load, place, w), fitsSide(sector, stage, w)) * 10_000);

export type Fits = Readonly<Record<Criterion, number>>;

export interface Combined {
  readonly totalHundredths: number;
  readonly sides: Readonly<Record<Side, number>>;
  /** Per criterion, in hundredths of a point; sums to `totalHundredths`. */
  readonly contributions: Readonly<Record<Criterion, number>>;
}

function sideShares(serve: number, fits: number): Record<Side, number> {
  if (Number.isNaN(serve) || Number.isNaN(fits)) {
    return {
      'advisor-serves-startup': Number.isNaN(serve) ? 0 : 1,
      'startup-fits-advisor': Number.isNaN(fits) ? 0 : 1,
    };
  }
  const sum = serve + fits;
  if (sum === 0) return { 'advisor-serves-startup': 0, 'startup-fits-advisor': 0 };
  return { 'advisor-serves-startup': fits / sum, 'startup-fits-advisor': serve / sum };
}

export function combine(f: Fits, w: Weights): Combined {
  const serve = serveSide(f.language, f.needs, f.load, f.place, w);
  const fits = fitsSide(f.sector, f.stage, w);
  const totalHundredths = fitHundredths(f.sector, f.stage, f.language, f.needs, f.load, f.place, w);
  const shares = sideShares(serve, fits);
  const sideWeight: Record<Side, number> = {
    'advisor-serves-startup': w.language + w.needs + w.load + w.place,
    'startup-fits-advisor': w.sector + w.stage,
  };
  const raw = CRITERIA.map((c) => {
    const side = SIDE_OF[c];
    // w·f first, as in the side means: with tiny weights the product underflows the same way there.
    return sideWeight[side] === 0 ? 0 : 10_000 * shares[side] * ((w[c] * f[c]) / sideWeight[side]);
  });
  const rounded = roundToTotal(raw, totalHundredths);
  const contributions = Object.fromEntries(CRITERIA.map((c, i) => [c, rounded[i] ?? 0])) as Record<
    Criterion,
    number
  >;
  return {
    totalHundredths,
    sides: {
      'advisor-serves-startup': Number.isNaN(serve) ? 0 : serve,
      'startup-fits-advisor': Number.isNaN(fits) ? 0 : fits,
    },
    contributions,
  };
}

/** Largest-remainder rounding of non-negative values to integers summing to `total`. */
function roundToTotal(values: readonly number[], total: number): number[] {
  const floors = values.map((v) => Math.floor(v));
  let missing = total - floors.reduce((a, b) => a + b, 0);
  const byRemainder = values
    .map((v, i) => ({ i, remainder: v - Math.floor(v) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let k = 0; missing > 0; k = (k + 1) % byRemainder.length, missing--) {
    const at = byRemainder[k]?.i ?? 0;
    floors[at] = (floors[at] ?? 0) + 1;
  }
  // Float noise could in theory leave one unit too many; take it from the smallest remainder that has one.
  for (let k = byRemainder.length - 1; missing < 0 && k >= 0; k--) {
    const at = byRemainder[k]?.i ?? 0;
    if ((floors[at] ?? 0) > 0) {
      floors[at] = (floors[at] ?? 0) - 1;
      missing++;
    }
  }
  return floors;
}
