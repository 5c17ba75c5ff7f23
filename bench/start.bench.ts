// First-start benchmark (not a test): `npm run bench:start`. Seconds from `npm start` (installed, so
// `prepare` has built; a fresh data directory) until the demo logins are printed. Baseline in the same
// run: the same start with the demo accounts hashed at the production scrypt cost (17), as before
// JISR_DEMO_SCRYPT_COST existed; `-- --no-baseline` skips it. The last line is one JSON object.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(__dirname, '..');
const TARGET_SECONDS = 30;
const GIVE_UP_MS = 600_000;
const RUNNING = 'Jisr is running';
const LOGINS = 'The demo data is loaded; log in with:';

interface FirstStart {
  readonly runningSeconds: number;
  readonly loginsSeconds: number;
}

async function firstStart(extraEnv: Record<string, string>): Promise<FirstStart> {
  const dataDir = await mkdtemp(join(os.tmpdir(), 'jisr-bench-start-'));
  const env = {
    ...process.env,
    JISR_DATA_DIR: dataDir,
    PROFILE_PORT: '0',
    MATCHING_PORT: '0',
    MESSAGING_PORT: '0',
    ...extraEnv,
  };
  const started = performance.now();
  // Its own process group, so npm, the shell and node stop together.
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let runningAt: number | undefined;
  try {
    const loginsAt = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no demo logins after ${GIVE_UP_MS / 1000} s`)),
        GIVE_UP_MS,
      );
      const read = (chunk: Buffer): void => {
        output += chunk.toString();
        if (runningAt === undefined && output.includes(RUNNING)) runningAt = performance.now();
        if (output.includes(LOGINS)) {
          clearTimeout(timer);
          resolve(performance.now());
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('exit', (code) =>
        reject(new Error(`npm start exited (${code}) before the logins:\n${output.slice(-2000)}`)),
      );
    });
    const seconds = (at: number) => Number(((at - started) / 1000).toFixed(1));
    return { runningSeconds: seconds(runningAt ?? loginsAt), loginsSeconds: seconds(loginsAt) };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const loadBefore = Number(os.loadavg()[0]!.toFixed(2));
  const fast = await firstStart({});
  console.log(
    `first start: running after ${fast.runningSeconds} s, demo logins after ${fast.loginsSeconds} s`,
  );
  const baseline = process.argv.includes('--no-baseline')
    ? undefined
    : await firstStart({ JISR_DEMO_SCRYPT_COST: '17' });
  if (baseline !== undefined)
    console.log(`baseline (demo accounts at cost 17): demo logins after ${baseline.loginsSeconds} s`);
  console.log(
    JSON.stringify({
      start_to_running_seconds: fast.runningSeconds,
      start_to_logins_seconds: fast.loginsSeconds,
      target_seconds: TARGET_SECONDS,
      within_target: fast.loginsSeconds <= TARGET_SECONDS,
      ...(baseline === undefined
        ? {}
        : {
            full_cost_logins_seconds: baseline.loginsSeconds,
            speedup: Number((baseline.loginsSeconds / fast.loginsSeconds).toFixed(1)),
          }),
      cores: os.cpus().length,
      load_before: loadBefore,
    }),
  );
}

void main();
