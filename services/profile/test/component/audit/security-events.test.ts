import type { AuditRecord } from '@jisr/audit';
import { startProfile, type ProfileHarness } from '../profile-harness';

let profile: ProfileHarness;
beforeAll(async () => {
  profile = await startProfile({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '2' });
});
afterAll(async () => {
  await profile.stop();
});

describe('security events in the audit trail', () => {
  test('when sign-in attempts on an account go over the limit, then one record names the account and never the address', async () => {
    const person = await profile.signUp();
    const attempts: number[] = [];
    for (let n = 0; n < 5; n += 1) {
      const reply = await profile.request('POST', '/v1/sessions', {
        body: { email: person.email, password: 'not-the-password-at-all' },
      });
      attempts.push(reply.status);
    }
    const council = await profile.council();

    const listed = await profile.request<{ items: AuditRecord[] }>(
      'GET',
      `/v1/audit?target=${person.accountId}&action=account.sign-in-throttled`,
      { token: council.token },
    );

    // The sign-up's own sign-in was the first attempt of the two allowed.
    expect(attempts).toEqual([401, 429, 429, 429, 429]);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).toMatchObject({
      actor: { accountId: 'anonymous', staffRoles: [] },
      target: { type: 'account', id: person.accountId },
    });
    expect(JSON.stringify(listed.body.items)).not.toContain(person.email);
  });
});
