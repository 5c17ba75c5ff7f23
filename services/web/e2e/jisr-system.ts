import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningJisr {
  readonly webUrl: string;
  readonly serviceUrls: Readonly<Record<'profile' | 'matching' | 'messaging', string>>;
  /** The system's data directory (its mail folder holds every email as an .eml file). */
  readonly dataDir: string;
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..', '..');
// Seeding the demo data takes well under a minute here; a stuck start must not hang CI.
const START_TIMEOUT_MS = 240_000;

/**
 * `npm start` exactly as a newcomer runs it, on a fresh data directory and free ports. The web
 * app's URL is the first address it prints; the services' come in the banner once seeded.
 */
export async function startJisr(): Promise<RunningJisr> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jisr-e2e-'));
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      JISR_DATA_DIR: dataDir,
      WEB_PORT: '0',
      PROFILE_PORT: '0',
      MATCHING_PORT: '0',
      MESSAGING_PORT: '0',
      PASSWORD_SCRYPT_COST: '10',
    },
  });
  let output = '';
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGINT');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`npm start did not finish starting:\n${output}`)),
        START_TIMEOUT_MS,
      );
      child.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        // A fresh data directory is seeded first; the stories need its mentors and investors.
        if (output.includes('The demo data is loaded')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited with ${String(code)}:\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  // What the runner itself printed, after npm's build steps.
  const printed = output.slice(output.indexOf('Starting Jisr'));
  const firstUrl = printed.split('\n').find((line) => /https?:\/\//.test(line)) ?? '';
  const urlOf = (name: string): string =>
    new RegExp(`^\\s+${name}\\s+(http\\S+)`, 'm').exec(printed)?.[1] ?? '';
  const webUrl = /Jisr web app: (http\S+)/.exec(firstUrl)?.[1];
  if (webUrl === undefined) {
    await stop();
    throw new Error(`the first address npm start printed is not the web app's:\n${output}`);
  }
  return {
    webUrl,
    serviceUrls: { profile: urlOf('profile'), matching: urlOf('matching'), messaging: urlOf('messaging') },
    dataDir,
    stop,
  };
}
