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
  const report = { seed, embedded, scaleOut, tookMs: Date.now() - started };
  process.stdout.write(`${JSON.stringify(report)}\n`);
  const failed = [
    embedded !== undefined &&
      (embedded.lost > 0 ||
        embedded.doubled > 0 ||
        embedded.maxConvergedMs > 10_000 ||
        embedded.sigtermStopMs > 10_000),
    ...(scaleOut?.faults ?? []).map(
      (f) =>
        f.lost > 0 || f.doubled > 0 || f.readyMs > 10_000 || f.convergedMs === null || f.convergedMs > 10_000,
    ),
    ...Object.values(scaleOut?.sigterm ?? {}).map((s) => s.stopMs > 10_000 || s.exitCode !== 0),
  ].some(Boolean);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`fault suite failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
