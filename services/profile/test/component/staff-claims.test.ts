import { BOOTSTRAP_STAFF_ROLES } from '@jisr/auth';
import type { StoredDoc } from '@jisr/storage';
import type { TokenPair } from '../../src/domain/accounts/token-pair';
import { startProfile, type ProfileHarness } from './profile-harness';
import { claimsOf } from './staff-steps';

let profile: ProfileHarness;
beforeAll(async () => {
  profile = await startProfile();
});
afterAll(async () => {
  await profile.stop();
});

const refreshed = async (refreshToken: string): Promise<TokenPair> =>
  (await profile.request<TokenPair>('POST', '/v1/sessions/refresh', { body: { refreshToken } })).body;

describe('staff roles in the tokens', () => {
  test('when the bootstrap account signs in, then its token carries admin, programme-manager and verifier', async () => {
    const council = await profile.council();
    const pair = await refreshed(council.refreshToken);

    expect(claimsOf(council.token).staff_roles).toEqual([...BOOTSTRAP_STAFF_ROLES]);
    expect(pair.staffRoles).toEqual([...BOOTSTRAP_STAFF_ROLES]);
    expect(claimsOf(pair.accessToken).staff_roles).toEqual([...BOOTSTRAP_STAFF_ROLES]);
  });

  test('when a stored staff account has no roles (made before roles existed), then its tokens carry the bootstrap set', async () => {
    const council = await profile.council();
    const accounts = await profile.storage.collection<StoredDoc & { staffRoles?: unknown }>({
      name: 'accounts',
    });
    const stored = await accounts.get(council.accountId);
    if (stored === null) throw new Error('the bootstrap account is not stored');
    const { staffRoles: _dropped, ...withoutRoles } = stored;
    await accounts.update(withoutRoles, stored.version);

    const pair = await refreshed(council.refreshToken);
    const login = await profile.login(council.email, council.password);

    expect(claimsOf(pair.accessToken).staff_roles).toEqual([...BOOTSTRAP_STAFF_ROLES]);
    expect(claimsOf(login.accessToken).staff_roles).toEqual([...BOOTSTRAP_STAFF_ROLES]);
  });

  test('when a startup signs in, then its token carries no staff roles and the pair says so', async () => {
    const startup = await profile.signUp({ role: 'startup' });
    const pair = await refreshed(startup.refreshToken);

    expect(pair.staffRoles).toEqual([]);
    expect(claimsOf(startup.token).staff_roles).toEqual([]);
  });
});
