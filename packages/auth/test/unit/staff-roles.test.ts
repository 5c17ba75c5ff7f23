import {
  createTokenVerifier,
  generateSigningKey,
  mayAct,
  signAccessToken,
  type Principal,
  type SigningKey,
  type StaffRole,
  type TokenHolder,
} from '@jisr/auth';
import { AUDIENCE, ISSUER } from '../fixtures/forged-tokens';

const issuedAt = new Date('2026-12-01T04:00:00Z');
let key: SigningKey;
beforeAll(() => {
  key = generateSigningKey();
});

const roundTrip = (holder: TokenHolder): Promise<Principal> =>
  createTokenVerifier({
    issuer: ISSUER,
    audience: AUDIENCE,
    keys: () => [key.publicJwk],
    now: () => issuedAt,
  }).verify(signAccessToken(key, holder, { issuer: ISSUER, audience: AUDIENCE, now: issuedAt }));

describe('the staff_roles, org and centres claims', () => {
  test('when a staff token carries roles, organisation and centres, then the principal carries all three', async () => {
    const principal = await roundTrip({
      sub: 'acc-7',
      role: 'council',
      staffRoles: ['centre-coordinator', 'observer'],
      organisationId: 'org-benghazi-bdc',
      centreIds: ['ctr-benghazi'],
    });

    expect(principal).toEqual({
      sub: 'acc-7',
      role: 'council',
      staffRoles: ['centre-coordinator', 'observer'],
      organisationId: 'org-benghazi-bdc',
      centreIds: ['ctr-benghazi'],
    });
    // The principal is remembered for later requests, so no caller may grant itself a role.
    expect(() => (principal.staffRoles as StaffRole[]).push('admin')).toThrow(TypeError);
  });

  test('when a staff token has no staff_roles claim, then the principal holds no staff role', async () => {
    const principal = await roundTrip({ sub: 'acc-8', role: 'council' });

    expect(principal).toEqual({ sub: 'acc-8', role: 'council', staffRoles: [] });
    expect(mayAct(principal, ['admin', 'programme-manager', 'verifier', 'observer'])).toBe(false);
  });

  test('when a startup token claims staff roles, then they are ignored', async () => {
    const principal = await roundTrip({
      sub: 'acc-9',
      role: 'startup',
      staffRoles: ['admin'],
      organisationId: 'org-x',
    });

    expect(principal).toEqual({ sub: 'acc-9', role: 'startup', staffRoles: [] });
    expect(mayAct(principal, ['admin'])).toBe(false);
  });
});

describe('mayAct', () => {
  const staff = (staffRoles: Principal['staffRoles']): Principal => ({
    sub: 's',
    role: 'council',
    staffRoles,
  });

  test('when a member of staff holds one of the listed roles, then they may act', () => {
    expect(mayAct(staff(['observer', 'verifier']), ['verifier'])).toBe(true);
  });

  test('when a member of staff holds none of the listed roles, then they may not', () => {
    expect(mayAct(staff(['observer']), ['admin', 'verifier'])).toBe(false);
  });

  test('when startups and advisors are listed, then their account kind decides', () => {
    expect(mayAct({ role: 'advisor', staffRoles: [] }, ['startup', 'advisor'])).toBe(true);
    expect(mayAct({ role: 'startup', staffRoles: [] }, ['advisor', 'admin'])).toBe(false);
  });
});
