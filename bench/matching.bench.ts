// Matching benchmark (not a test): `npm run bench:matching`. Fixed seed; the last line is one JSON object.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { assignCohort, assignGreedily, cohortCandidates } from '../services/matching/src/domain/assignment';
import {
  AdvisorIndex,
  DEFAULT_WEIGHTS,
  explainPair,
  rankByReference,
  type MatchableAdvisor,
  type MatchableStartup,
} from '../services/matching/src/domain/scoring';
import { seededRandom, syntheticAdvisor, syntheticStartup } from './synthetic-population';

const ADVISORS = 100_000;
const STARTUPS = 10_000;
const TOP = 20;
const FAST_QUERIES = 2_000;
const BASELINE_QUERIES = 60;
const COHORT_STARTUPS = 2_000;
const COHORT_ADVISORS = 500;
const COHORT_CAPACITY = 4;
const CANDIDATES_PER_STARTUP = 30;

const percentile = (samples: readonly number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const round = (value: number, digits = 3): number => Number(value.toFixed(digits));
/** Wall-clock time (what a user waits) and this process's CPU time (incl. its GC threads; waiting for a core not counted). */
const timed = <T>(work: () => T): { value: T; ms: number; cpuMs: number } => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
};

const random = seededRandom(20_260_301);
const advisors: MatchableAdvisor[] = Array.from({ length: ADVISORS }, (_, i) => syntheticAdvisor(random, i));
const startups: MatchableStartup[] = Array.from({ length: STARTUPS }, (_, i) => syntheticStartup(random, i));
const index = new AdvisorIndex();
const built = timed(() => advisors.forEach((advisor) => index.upsert(advisor)));
console.log(`index: ${ADVISORS} advisors in ${round(built.ms, 1)} ms; ${STARTUPS} startups generated`);

// Fast engine: one top-20 query = scan + heap + breakdown and sentences for the 20 returned.
const query = { limit: TOP };
const sample = (n: number, offset: number): MatchableStartup[] =>
  Array.from({ length: n }, (_, i) => startups[(i * 7919 + offset) % STARTUPS]!);
sample(200, 1).forEach((startup) => index.recommend(startup, DEFAULT_WEIGHTS, query)); // warm-up
// Keep only the timings: holding every result would make the benchmark, not the engine, fill the heap.
const fastRuns = sample(FAST_QUERIES, 3).map((startup) => {
  const { ms, cpuMs } = timed(() => index.recommend(startup, DEFAULT_WEIGHTS, query));
  return { ms, cpuMs };
});
const fastMs = fastRuns.map((run) => run.ms);
const fastCpu = fastRuns.map((run) => run.cpuMs);
const p50Fast = percentile(fastMs, 50);
const p99Fast = percentile(fastMs, 99);
console.log(
  `fast top-${TOP}:     p50 ${round(p50Fast)} ms, p99 ${round(p99Fast)} ms (${FAST_QUERIES} queries)`,
);
console.log(
  `  CPU time per query: p50 ${round(percentile(fastCpu, 50))} ms, p99 ${round(percentile(fastCpu, 99))} ms`,
);

// Baseline: plain objects, the reference scorer on every advisor, a full sort, then explain the top 20.
const baseline = (startup: MatchableStartup) =>
  rankByReference(startup, advisors, DEFAULT_WEIGHTS, query).map(explainPair);
sample(5, 11).forEach(baseline); // warm-up
let agree = 0;
const baselineMs = sample(BASELINE_QUERIES, 17).map((startup) => {
  const { value, ms } = timed(() => baseline(startup));
  const fast = index.recommend(startup, DEFAULT_WEIGHTS, query);
  if (JSON.stringify(fast) === JSON.stringify(value)) agree++;
  return ms;
});
const p99Baseline = percentile(baselineMs, 99);
console.log(
  `baseline top-${TOP}: p50 ${round(percentile(baselineMs, 50))} ms, p99 ${round(p99Baseline)} ms (${BASELINE_QUERIES} queries)`,
);
console.log(
  `speedup at p99: ${round(p99Baseline / p99Fast, 1)}x; identical results on ${agree}/${BASELINE_QUERIES} queries`,
);
const load = os.loadavg().map((l) => l.toFixed(2));
console.log(`machine load average: ${load.join(' ')} on ${os.cpus().length} CPUs`);

// Cohort round: 2,000 startups x 500 advisors with 4 places each; candidate graph + exact optimum.
const cohortRandom = seededRandom(7);
const cohortAdvisors = Array.from({ length: COHORT_ADVISORS }, (_, i) => ({
  ...syntheticAdvisor(cohortRandom, i),
  capacity: COHORT_CAPACITY,
  load: 0,
  paused: false,
  verification: 'verified' as const,
}));
const cohortStartups = Array.from({ length: COHORT_STARTUPS }, (_, i) => syntheticStartup(cohortRandom, i));
const cohortIndex = new AdvisorIndex();
cohortAdvisors.forEach((advisor) => cohortIndex.upsert(advisor));
const cohort = timed(() => {
  const round = cohortCandidates({
    startups: cohortStartups,
    index: cohortIndex,
    weightsOf: () => DEFAULT_WEIGHTS,
    perStartup: CANDIDATES_PER_STARTUP,
  });
  return { round, assignment: assignCohort({ ...round, objective: 'max-total' }) };
});
const greedy = assignGreedily(
  cohort.value.round.startupIds,
  cohort.value.round.advisors,
  cohort.value.round.candidates,
);
const matchedFirst = timed(() =>
  assignCohort({ ...cohort.value.round, objective: 'max-matched-then-total' }),
);
const { assignment } = cohort.value;
console.log(
  `cohort ${COHORT_STARTUPS}x${COHORT_ADVISORS} (top ${CANDIDATES_PER_STARTUP} each, ${cohort.value.round.candidates.length} edges): ` +
    `${round(cohort.ms / 1000)} s, total ${assignment.total}, matched ${assignment.matched}; ` +
    `greedy total ${greedy.total}, matched ${greedy.matched}`,
);
console.log(
  `  max-matched-then-total: ${round(matchedFirst.ms / 1000)} s (solver only), ` +
    `total ${matchedFirst.value.total}, matched ${matchedFirst.value.matched}`,
);

console.log(
  JSON.stringify({
    advisors: ADVISORS,
    p50_fast_ms: round(p50Fast),
    p99_fast_ms: round(p99Fast),
    p99_baseline_ms: round(p99Baseline),
    speedup: round(p99Baseline / p99Fast, 1),
    cohort_seconds: round(cohort.ms / 1000),
    cohort_total: assignment.total,
    greedy_total: greedy.total,
  }),
);
