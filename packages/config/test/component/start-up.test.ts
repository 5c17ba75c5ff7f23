import { spawnSync } from 'node:child_process';
import path from 'node:path';

const entry = path.join(__dirname, '../fixtures/start-with-config.ts');
const root = path.join(__dirname, '../../../..');

const start = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', TSX_TSCONFIG_PATH: path.join(root, 'tsconfig.test.json'), ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });

describe('service start-up with loadConfigOrExit', () => {
  test('when a required variable is missing, then the process exits 1 with one line naming it', () => {
    const run = start({ PROFILE_PORT: '4001' });

    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('Invalid configuration: JWT_ISSUER is required\n');
  });

  test('when a variable is malformed, then the line names it and what it must be', () => {
    const run = start({ PROFILE_PORT: 'abc', JWT_ISSUER: 'https://jisr.test' });

    expect(run.status).toBe(1);
    expect(run.stderr).toBe('Invalid configuration: PROFILE_PORT must be a port number (0-65535)\n');
  });

  test('when the environment is valid, then the process starts', () => {
    const run = start({ JWT_ISSUER: 'https://jisr.test' });

    expect(run.status).toBe(0);
    expect(run.stdout).toBe('started on 4001 for https://jisr.test\n');
  });
});
