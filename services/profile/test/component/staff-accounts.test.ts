import { parseEvent } from '@jisr/contracts';
import type { Person } from './api-client';
import { startProfile, type ProfileHarness } from './profile-harness';
import { aStaffMember, claimsOf, SESRIC } from './staff-steps';

let profile: ProfileHarness;
let admin: Person;
beforeAll(async () => {
  profile = await startProfile();
  admin = await profile.council();
});
afterAll(async () => {
  await profile.stop();
});

describe('organisations and staff accounts', () => {
  test('when the admin creates a verifier in an organisation, then the verifier verifies startups but cannot manage staff, and staff.created is published', async () => {
    const verifier = await aStaffMember(profile, admin, ['verifier']);
    const startup = await profile.aStartupWithProfile();

    const verified = await profile.request('POST', `/v1/startups/${startup.accountId}/verification`, {
      token: verifier.token,
      body: { decision: 'verified' },
    });
    const staffList = await profile.request('GET', '/v1/staff', { token: verifier.token });

    expect(claimsOf(verifier.token)).toMatchObject({ staff_roles: ['verifier'], org: 'sesric' });
    expect(verified.status).toBe(200);
    expect(staffList.status).toBe(403);
    const created = await profile.eventAbout('staff.created', verifier.accountId, {}, 'staff.created');
    expect(parseEvent(created.event).payload).toEqual({
      accountId: verifier.accountId,
      organisationId: 'sesric',
      staffRoles: ['verifier'],
      centreIds: [],
      by: admin.accountId,
    });
    expect(created.topic).toBe('profile.staff.v1');
  });

  test('when the admin changes roles, then the old token keeps its roles and the next refresh carries the new ones', async () => {
    const member = await aStaffMember(profile, admin, ['verifier']);

    const changed = await profile.request('PUT', `/v1/staff/${member.accountId}/roles`, {
      token: admin.token,
      body: { staffRoles: ['observer'] },
    });
    const refreshed = await profile.request('POST', '/v1/sessions/refresh', {
      body: { refreshToken: member.refreshToken },
    });

    expect(changed.body).toMatchObject({ staffRoles: ['observer'], organisationId: 'sesric' });
    expect(claimsOf(member.token).staff_roles).toEqual(['verifier']);
    expect(claimsOf(refreshed.body.accessToken).staff_roles).toEqual(['observer']);
    const event = await profile.eventAbout('staff.roles-changed', member.accountId, {}, 'roles-changed');
    expect(parseEvent(event.event).payload).toMatchObject({
      staffRoles: ['observer'],
      previousRoles: ['verifier'],
    });
  });

  test('when the admin lists staff and organisations, then both show what was created', async () => {
    const coordinator = await aStaffMember(profile, admin, ['centre-coordinator'], {
      centreIds: ['benghazi'],
    });

    const staff = await profile.request('GET', '/v1/staff', { token: admin.token });
    const organisations = await profile.request('GET', '/v1/organisations', { token: admin.token });

    expect(staff.body.items).toContainEqual(
      expect.objectContaining({
        accountId: coordinator.accountId,
        staffRoles: ['centre-coordinator'],
        centreIds: ['benghazi'],
      }),
    );
    expect(organisations.body.items).toContainEqual(
      expect.objectContaining({ organisationId: 'sesric', ...SESRIC }),
    );
  });

  test('when the input is wrong, then a coordinator without centres is 400, an unknown organisation or centre 422, and the last admin keeps the role (409)', async () => {
    const post = (body: Record<string, unknown>) =>
      profile.request('POST', '/v1/staff', {
        token: admin.token,
        body: { email: 'x@partners.example.org', password: 'a long staff passphrase 2026', ...body },
      });

    const noCentres = await post({ organisationId: 'sesric', staffRoles: ['centre-coordinator'] });
    const noOrganisation = await post({ organisationId: 'nowhere', staffRoles: ['observer'] });
    const noCentre = await post({
      organisationId: 'sesric',
      staffRoles: ['centre-coordinator'],
      centreIds: ['atlantis'],
    });
    const lastAdmin = await profile.request('PUT', `/v1/staff/${admin.accountId}/roles`, {
      token: admin.token,
      body: { staffRoles: ['verifier'] },
    });

    expect(noCentres).toMatchObject({
      status: 400,
      body: { errors: [expect.objectContaining({ path: 'body.centreIds' })] },
    });
    expect(noOrganisation).toMatchObject({ status: 422, body: { code: 'REQUEST.UNKNOWN_REFERENCE' } });
    expect(noCentre).toMatchObject({
      status: 422,
      body: { errors: [expect.objectContaining({ path: 'body.centreIds.0' })] },
    });
    expect(lastAdmin).toMatchObject({ status: 409, body: { code: 'STAFF.LAST_ADMIN' } });
  });
});
