import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
/** The native TypeScript 7 compiler (the `typescript` package name is TypeScript 5, kept for typescript-eslint). */
export const TSC_7 = join(ROOT, 'node_modules', 'typescript-7', 'bin', 'tsc');

/**
 * Builds a project once before child processes run it. Under a file lock, because the
 * end-to-end suites may run in parallel workers and two `tsc -b` must not write the same files.
 */
export function buildOnce(project: string): void {
  try {
    execFileSync('flock', [join(tmpdir(), 'jisr-e2e-build.lock'), process.execPath, TSC_7, '-b', project], {
      cwd: ROOT,
      stdio: 'pipe',
      timeout: 600_000,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer | string; stderr?: Buffer | string };
    throw new Error(`tsc -b ${project} failed:\n${String(stdout)}${String(stderr)}`, { cause: error });
  }
}
