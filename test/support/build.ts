import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/**
 * Builds a project once before child processes run it. Under a file lock, because the
 * end-to-end suites may run in parallel workers and two `tsc -b` must not write the same files.
 */
export function buildOnce(project: string): void {
  try {
    execFileSync('flock', [join(tmpdir(), 'jisr-e2e-build.lock'), 'npx', 'tsc', '-b', project], {
      cwd: ROOT,
      stdio: 'pipe',
      timeout: 600_000,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer | string; stderr?: Buffer | string };
    throw new Error(`tsc -b ${project} failed:\n${String(stdout)}${String(stderr)}`);
  }
}
