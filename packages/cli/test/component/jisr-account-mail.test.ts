import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startCliWorld, type CliWorld } from '../support/cli-world';
import { json, password } from '../support/cli-people';
import { linkTokenFor } from '../support/mail-folder';

let world: CliWorld;

beforeAll(async () => {
  world = await startCliWorld();
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

/** A startup signed up through the CLI (its verification email is on its way); its JISR_HOME and address. */
const signedUp = async () => {
  const home = await world.newHome();
  const email = `founder-${randomUUID().slice(0, 8)}@example.ly`;
  const run = await world.jisr(['signup', '--email', email, '--role', 'startup', '--password', password], {
    home,
  });
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return { home, email };
};

const logIn = (email: string, secret: string) =>
  world.jisr(['login', '--email', email, '--password', secret], { home: `${world.dataDir}-probe` });

describe('jisr verify', () => {
  test('when the token from the verification email is given, then the address is confirmed once and the token cannot be used again', async () => {
    const { email } = await signedUp();
    const token = await linkTokenFor(world.dataDir, 'verify', email);

    const verified = await world.jisr(['verify', token, '--lang', 'tr']);
    expect(verified).toMatchObject({ code: 0, stderr: '' });
    expect(verified.stdout).toContain(`${email} adresi doğrulandı.`);

    const again = await world.jisr(['verify', token, '--json']);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stderr)).toMatchObject({
      error: { code: 'ACCOUNT.INVALID_EMAIL_TOKEN', status: 400 },
    });
  });
});

describe('jisr password reset <email>', () => {
  test('when a known and an unknown address ask, then both get the same answer and only the account owner gets a reset email', async () => {
    const { email } = await signedUp();
    const unknown = `nobody-${randomUUID().slice(0, 8)}@example.ly`;

    const known = await world.jisr(['password', 'reset', email, '--json']);
    const stranger = await world.jisr(['password', 'reset', unknown, '--json']);
    expect(known).toMatchObject({ code: 0, stderr: '' });
    expect(json(known)).toEqual({ email, status: 'received' });
    expect(json(stranger)).toEqual({ email: unknown, status: 'received' });
    expect(await linkTokenFor(world.dataDir, 'reset', email)).toMatch(/^[\w-]{20,}$/);
    const mails = await readdir(join(world.dataDir, 'mail'));
    const texts = await Promise.all(mails.map((name) => readFile(join(world.dataDir, 'mail', name), 'utf8')));
    expect(texts.filter((eml) => eml.includes(unknown))).toEqual([]);
    const text = await world.jisr(['password', 'reset', email, '--lang', 'ar']);
    expect(text.stdout).toContain(`إن كان لـ ${email} حساب في جسر`);
  });
});

describe('jisr password reset --token', () => {
  test('when the emailed token and a new password on stdin are given, then only the new password logs in and the session here is gone', async () => {
    const { home, email } = await signedUp();
    expect(await world.jisr(['password', 'reset', email], { home })).toMatchObject({ code: 0 });
    const token = await linkTokenFor(world.dataDir, 'reset', email);
    const fresh = 'Juniper-lighthouse-4826-dune';

    const reset = await world.jisr(['password', 'reset', '--token', token], { home, stdin: `${fresh}\n` });
    expect(reset).toMatchObject({ code: 0, stderr: '' });
    expect(reset.stdout).toContain('Password set. Every session was signed out');
    expect((await world.jisr(['whoami'], { home })).code).toBe(1);
    expect((await logIn(email, password)).code).toBe(1);
    expect(await logIn(email, fresh)).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('jisr password change', () => {
  test('when the current and a new password are piped, then the new one logs in, and a wrong current one is refused', async () => {
    const { home, email } = await signedUp();
    const fresh = 'Saffron-caravan-5937-oasis';

    const wrong = await world.jisr(['password', 'change', '--json'], { home, stdin: `not-it\n${fresh}\n` });
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.stderr)).toMatchObject({
      error: { code: 'ACCOUNT.WRONG_PASSWORD', status: 400 },
    });

    const changed = await world.jisr(['password', 'change', '--lang', 'ar'], {
      home,
      stdin: `${password}\n${fresh}\n`,
    });
    expect(changed).toMatchObject({ code: 0, stderr: '' });
    expect(changed.stdout).toContain('تغيّرت كلمة المرور');
    expect((await logIn(email, password)).code).toBe(1);
    expect(await logIn(email, fresh)).toMatchObject({ code: 0, stderr: '' });
  });
});
