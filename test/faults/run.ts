import { buildOnce } from '../support/build';
import { embeddedFaults } from './embedded-faults';
import { scaleOutFaults } from './scale-out-faults';

/** A small seeded generator, so a failing run can be repeated with FAULTS_SEED. */
const seeded = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

async function main(): Promise<void> {
  const seed = Number(process.env.FAULTS_SEED ?? Date.now() % 100_000);
  const random = seeded(seed);
  buildOnce('deploy/embedded');
  const started = Date.now();
  buildOnce('services/profile');
  buildOnce('services/matching');
  buildOnce('services/messaging');
  const only = process.env.FAULTS_ONLY; // 'embedded' or 'scale-out' while working on one of them
  const embedded =
    only === 'scale-out'
      ? undefined
      : await embeddedFaults(Number(process.env.FAULTS_EMBEDDED_RUNS ?? 10), random);
  const scaleOut = only === 'embedded' ? undefined : await scaleOutFaults(random);
  // Loss, doubles, no convergence and unclean exits are failures; the 10 s recovery targets are
  // measurements (a shared, noisy machine must not fail CI on them) unless FAULTS_STRICT_TIMING=1.
  const TARGET_MS = 10_000;
  const misses = [
    ...(embedded !== undefined && embedded.maxConvergedMs > TARGET_MS ? ['embedded converged'] : []),
    ...(embedded !== undefined && embedded.sigtermStopMs > TARGET_MS ? ['embedded SIGTERM stop'] : []),
    ...(scaleOut?.faults ?? []).flatMap((f) => [
      ...(f.readyMs > TARGET_MS ? [`${f.fault}: ready`] : []),
      ...(f.convergedMs !== null && f.convergedMs > TARGET_MS ? [`${f.fault}: converged`] : []),
    ]),
    ...Object.entries(scaleOut?.sigterm ?? {}).flatMap(([service, s]) =>
      s.stopMs > TARGET_MS ? [`${service} SIGTERM stop`] : [],
    ),
  ];
  const targets = { withinMs: TARGET_MS, met: misses.length === 0, misses };
  const report = { seed, embedded, scaleOut, targets, tookMs: Date.now() - started };
  process.stdout.write(`${JSON.stringify(report)}\n`);
  const incorrect = [
    embedded !== undefined && (embedded.lost > 0 || embedded.doubled > 0),
    ...(scaleOut?.faults ?? []).map((f) => f.lost > 0 || f.doubled > 0 || f.convergedMs === null),
    ...Object.values(scaleOut?.sigterm ?? {}).map((s) => s.exitCode !== 0),
  ].some(Boolean);
  const strictTiming = process.env.FAULTS_STRICT_TIMING === '1';
  process.exitCode = incorrect || (strictTiming && !targets.met) ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`fault suite failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
