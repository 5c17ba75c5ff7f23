import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@jisr/logger';
import { loadEmbeddedConfig } from '../../../../deploy/embedded/src/config';
import { startEmbedded, type EmbeddedSystem } from '../../../../deploy/embedded/src/embedded';
import { runCli } from '../../src/run-cli';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliWorld {
  readonly system: EmbeddedSystem;
  readonly urls: Record<'profile' | 'matching' | 'messaging', string>;
  /** JISR_DATA_DIR: its `mail/` folder holds the emails embedded mode sends. */
  readonly dataDir: string;
  /** A fresh JISR_HOME, so each test has its own session. */
  newHome(): Promise<string>;
  jisr(argv: readonly string[], options?: { home?: string; stdin?: string }): Promise<CliRun>;
  stop(): Promise<void>;
}

/**
 * The three real services in this process (the embedded runner's wiring, on free ports, with a
 * cheap password hash), and the CLI run in-process against them with captured output.
 */
export async function startCliWorld(): Promise<CliWorld> {
  const root = await mkdtemp(join(tmpdir(), 'jisr-cli-'));
  const dataDir = join(root, 'data');
  const config = loadEmbeddedConfig({
    JISR_DATA_DIR: dataDir,
    PROFILE_PORT: '0',
    MATCHING_PORT: '0',
    MESSAGING_PORT: '0',
    PASSWORD_SCRYPT_COST: '10',
    LOG_LEVEL: 'silent',
  });
  const system = await startEmbedded(config, silentLogger());
  const url = (name: string): string => system.endpoints.find((e) => e.name === name)?.url ?? '';
  const urls = { profile: url('profile'), matching: url('matching'), messaging: url('messaging') };
  let homes = 0;
  const defaultHome = join(root, 'home-default');
  return {
    system,
    urls,
    dataDir,
    newHome: async () => join(root, `home-${++homes}`),
    jisr: async (argv, { home = defaultHome, stdin = '' } = {}) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(
        argv,
        {
          stdout: (t) => void (stdout += t),
          stderr: (t) => void (stderr += t),
          readStdin: async () => stdin,
        },
        {
          JISR_HOME: home,
          JISR_PROFILE_URL: urls.profile,
          JISR_MATCHING_URL: urls.matching,
          JISR_MESSAGING_URL: urls.messaging,
        },
      );
      return { code, stdout, stderr };
    },
    stop: async () => {
      await system.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
