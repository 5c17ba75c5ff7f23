// Build benchmark (not a test): `npm run bench:build`. Clean `tsc -b` of the whole repository with the
// native TypeScript 7 compiler and with the pinned TypeScript 5 (kept for typescript-eslint), same run.
// The last line is one JSON object.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(__dirname, '..');
// Rounds alternate the compilers; the median of each is reported (`npm run bench:build -- 3`).
const ROUNDS = Number(process.argv[2] ?? 1);

interface Compiler {
  readonly name: 'ts7' | 'ts5';
  readonly packageDir: string;
}
// TypeScript 5 first in every round, so the tree ends built by TypeScript 7, the project's compiler.
const COMPILERS: readonly Compiler[] = [
  { name: 'ts5', packageDir: 'typescript' },
  { name: 'ts7', packageDir: 'typescript-7' },
];

const versionOf = ({ packageDir }: Compiler): string =>
  (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', packageDir, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
const tsc = ({ packageDir }: Compiler, ...args: string[]): void => {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', packageDir, 'bin', 'tsc'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
};
/** Seconds for `tsc -b` after `tsc -b --clean` (outputs and .tsbuildinfo removed, so nothing is reused). */
const cleanBuildSeconds = (compiler: Compiler): number => {
  tsc(compiler, '-b', '--clean');
  const start = performance.now();
  tsc(compiler, '-b');
  return (performance.now() - start) / 1000;
};
const median = (samples: readonly number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

const seconds: Record<Compiler['name'], number[]> = { ts7: [], ts5: [] };
const loadBefore = os.loadavg()[0]!;
for (let run = 1; run <= ROUNDS; run += 1) {
  for (const compiler of COMPILERS) {
    const taken = cleanBuildSeconds(compiler);
    seconds[compiler.name].push(taken);
    console.log(`round ${run}: ${compiler.name} (${versionOf(compiler)}) clean tsc -b in ${round(taken)} s`);
  }
}
const ts7 = median(seconds.ts7);
const ts5 = median(seconds.ts5);
console.log(
  JSON.stringify({
    ts7_version: versionOf(COMPILERS[1]!),
    ts5_version: versionOf(COMPILERS[0]!),
    ts7_seconds: round(ts7),
    ts5_seconds: round(ts5),
    speedup: round(ts5 / ts7, 1),
    rounds: ROUNDS,
    cores: os.cpus().length,
    load_before: round(loadBefore),
  }),
);
