import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SmtpCatcher, startSmtpCatcher, waitFor } from '@jisr/test-kit';
import { ROOT, buildOnce } from '../support/build';
import { freePorts, startProcess, type RunningProcess } from '../support/processes';

/**
 * Profile as its own process, killed with SIGKILL after the sign-up was saved but before its email
 * could leave (the SMTP server is not up yet): after a restart the email is sent exactly once.
 */
describe('account mail across a crash of the profile process', () => {
  let dataDir: string;
  let catcher: SmtpCatcher | undefined;
  let profile: RunningProcess | undefined;
  let profilePort: number;
  let smtpPort: number;

  beforeAll(() => buildOnce('services/profile'));
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'jisr-mail-crash-'));
    [profilePort, smtpPort] = (await freePorts(2)) as [number, number];
  });
  afterEach(async () => {
    await profile?.stop('SIGKILL').catch(() => undefined);
    await catcher?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const startProfile = async (): Promise<RunningProcess> => {
    const started = startProcess(process.execPath, [join(ROOT, 'services/profile/dist/start.js')], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        PROFILE_PORT: String(profilePort),
        JISR_DATA_DIR: dataDir,
        JWT_ISSUER: 'http://profile.jisr.test',
        JWT_AUDIENCE: 'jisr',
        SIGNING_KEY_SECRETS: 'a-key-encryption-secret-for-the-crash-test',
        PASSWORD_SCRYPT_COST: '10',
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        LOG_LEVEL: 'warn',
      },
    });
    await waitFor(async () => (await fetch(`http://127.0.0.1:${profilePort}/readyz`).catch(() => null))?.ok, {
      timeoutMs: 30_000,
      intervalMs: 100,
      what: 'profile to be ready',
    });
    return started;
  };

  const register = (email: string) =>
    fetch(`http://127.0.0.1:${profilePort}/v1/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct horse battery staple', role: 'startup' }),
    });

  test('when profile is killed between saving a sign-up and sending its email, then after a restart the email is sent exactly once', async () => {
    profile = await startProfile();
    const saved = await register('crash-once@example.ly');
    expect(saved.status).toBe(202);
    await profile.stop('SIGKILL');

    catcher = await startSmtpCatcher({ port: smtpPort });
    profile = await startProfile();
    await catcher.waitForMail(1, 40_000);
    // A second restart, then a later email as a marker: anything still pending would go out first.
    await profile.stop('SIGTERM');
    profile = await startProfile();
    expect((await register('crash-marker@example.ly')).status).toBe(202);
    await waitFor(
      () => catcher?.received.some((mail) => mail.envelopeTo.includes('crash-marker@example.ly')),
      {
        timeoutMs: 20_000,
        what: 'the marker email',
      },
    );

    const once = catcher.received.filter((mail) => mail.envelopeTo.includes('crash-once@example.ly'));
    expect(once).toHaveLength(1);
    expect(once[0]?.mail.subject).toBe('Confirm your email address for Jisr');
  }, 120_000);
});
