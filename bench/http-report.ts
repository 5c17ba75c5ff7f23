// The last line of bench:http, built from interleaved rounds. Each round measures bare express and
// then every Jisr route for the same short time, so on a shared machine a burst of someone else's
// work lands on both sides instead of on whichever ran during it.

export const ROUTES = ['healthz', 'recommendations', 'inbox', 'thread'] as const;
export type RouteName = (typeof ROUTES)[number];

export interface Measured {
  readonly rps: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
}

export interface Compared extends Measured {
  /** req/s as a share of bare express's. */
  readonly ratio: number;
  /** p99 as a multiple of bare express's. */
  readonly p99_ratio: number;
}

/** One round: bare express and each route, measured one after the other. */
export type Round = { readonly bare: Measured } & Readonly<Record<RouteName, Measured>>;

export interface Setting {
  readonly connections: number;
  readonly seconds_each: number;
  readonly cores: number;
  readonly load_before: number;
  readonly load_after: number;
}

export type HttpReport = { readonly bare: Measured } & Readonly<Record<RouteName, Compared>> & {
    readonly targets_met: boolean;
    readonly rounds: number;
  } & Setting;

/** The targets: recommendations ≥ 0.30× bare req/s and p99 ≤ 3× bare p99; /healthz ≥ 0.8×. */
export const TARGETS = { recommendationsRatio: 0.3, recommendationsP99Ratio: 3, healthzRatio: 0.8 };

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const twoDecimals = (value: number): number => Math.round(value * 100) / 100;

/** Req/s is the mean over rounds (every request counts once); latencies are the median round's. */
const combine = (runs: readonly Measured[]): Measured => ({
  rps: Math.round(runs.reduce((sum, run) => sum + run.rps, 0) / runs.length),
  p50_ms: median(runs.map((run) => run.p50_ms)),
  p99_ms: median(runs.map((run) => run.p99_ms)),
});

const compared = (bare: Measured, route: Measured): Compared => ({
  ...route,
  ratio: twoDecimals(route.rps / Math.max(bare.rps, 1)),
  p99_ratio: twoDecimals(route.p99_ms / Math.max(bare.p99_ms, 1)),
});

export function httpReport(rounds: readonly Round[], setting: Setting): HttpReport {
  if (rounds.length === 0) throw new Error('bench:http measured no round');
  const bare = combine(rounds.map((round) => round.bare));
  const routes = Object.fromEntries(
    ROUTES.map((name) => [name, compared(bare, combine(rounds.map((round) => round[name])))]),
  ) as Record<RouteName, Compared>;
  const targetsMet =
    routes.recommendations.ratio >= TARGETS.recommendationsRatio &&
    routes.recommendations.p99_ratio <= TARGETS.recommendationsP99Ratio &&
    routes.healthz.ratio >= TARGETS.healthzRatio;
  return { bare, ...routes, targets_met: targetsMet, rounds: rounds.length, ...setting };
}
