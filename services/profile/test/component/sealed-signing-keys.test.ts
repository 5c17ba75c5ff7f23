import type { StoredDoc } from '@jisr/storage';
import { startProfile, type ProfileHarness } from './profile-harness';

const FIRST = 'profile-component-test-key-encryption-secret';
const SECOND = 'a-newer-key-encryption-secret-for-rotation';

let profile: ProfileHarness;
beforeAll(async () => {
  profile = await startProfile({ SIGNING_KEY_SECRETS: FIRST });
});
afterAll(async () => {
  await profile.stop();
});

type KeyDoc = StoredDoc & {
  kid: string;
  privateKeySealed?: string;
  privateKeyPem?: string;
  publicJwk?: object;
  createdAt?: string;
  retiredAt?: string | null;
};

const storedKeys = async (): Promise<KeyDoc[]> =>
  (await profile.storage.collection<KeyDoc>({ name: 'signing_keys' })).find({});

/** The key-encryption secret's fingerprint each blob names: `kek1.<fingerprint>.<iv>.<tag>.<data>`. */
const sealers = async (): Promise<string[]> =>
  (await storedKeys()).map((doc) => doc.privateKeySealed?.split('.')[1] ?? 'clear');

describe('private signing keys at rest', () => {
  test('when the service has made its key, then storage holds it sealed and never in clear', async () => {
    const docs = await storedKeys();

    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      expect(doc.privateKeyPem).toBeUndefined();
      expect(doc.privateKeySealed).toMatch(/^kek1\./);
      expect(JSON.stringify(doc)).not.toContain('PRIVATE KEY');
    }
  });

  test('when the secret is rotated (new first, old after), then keys are sealed again and old tokens still verify', async () => {
    const person = await profile.signUp();
    const before = await sealers();

    await profile.restart({ SIGNING_KEY_SECRETS: `${SECOND},${FIRST}` });
    const after = await sealers();
    await profile.restart({ SIGNING_KEY_SECRETS: SECOND });

    expect(after).toHaveLength(before.length);
    expect(after.every((sealer) => !before.includes(sealer))).toBe(true);
    expect((await profile.request('GET', '/v1/me', { token: person.token })).status).toBe(200);
    await expect(profile.login(person.email, person.password)).resolves.toMatchObject({ role: 'startup' });
  });

  test('when only an unknown secret is configured, then the service refuses to start and says why', async () => {
    await expect(
      profile.restart({ SIGNING_KEY_SECRETS: 'an-unrelated-secret-that-sealed-nothing-here' }),
    ).rejects.toThrow(/key-encryption secret that is not configured/);

    await profile.restart({ SIGNING_KEY_SECRETS: SECOND });
  });

  test('when a key store from before sealing holds a clear key, then the next start seals it', async () => {
    const keys = await profile.storage.collection<KeyDoc>({ name: 'signing_keys' });
    const [current] = await storedKeys();
    expect(current).toBeDefined();
    await keys.insert({
      _id: 'legacy-kid',
      kid: 'legacy-kid',
      privateKeyPem: '-----BEGIN PRIVATE KEY-----\nlegacy\n-----END PRIVATE KEY-----\n',
      publicJwk: { kty: 'RSA', n: 'AQAB', e: 'AQAB', kid: 'legacy-kid' },
      createdAt: '2020-01-01T00:00:00.000Z',
      retiredAt: '2020-01-01T00:00:00.000Z',
    });

    await profile.restart({ SIGNING_KEY_SECRETS: SECOND });

    const legacy = (await storedKeys()).find((doc) => doc._id === 'legacy-kid');
    expect(legacy?.privateKeyPem).toBeUndefined();
    expect(legacy?.privateKeySealed).toMatch(/^kek1\./);
  });
});
