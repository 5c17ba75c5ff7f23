import { ACCESS_ROLES, STAFF_ROLES, type AccessRole } from '@jisr/auth';
import { documentedPaths, routesOf } from '@jisr/http-kit';
import { deniedProbes, probeRoutes } from '@jisr/test-kit';
import { startProfile, type ProfileHarness } from './profile-harness';
import { aStaffMember } from './staff-steps';

let profile: ProfileHarness;
const tokens = new Map<AccessRole, string>();
beforeAll(async () => {
  profile = await startProfile();
  const admin = await profile.council();
  // Real tokens from real sign-ins: one account per role, each staff member with that role alone.
  tokens.set('startup', (await profile.signUp({ role: 'startup' })).token);
  tokens.set('advisor', (await profile.signUp({ role: 'advisor' })).token);
  for (const role of STAFF_ROLES) {
    const centres = role === 'centre-coordinator' ? { centreIds: ['tripoli'] } : {};
    tokens.set(role, (await aStaffMember(profile, admin, [role], centres)).token);
  }
});
afterAll(async () => {
  await profile.stop();
});

const tokenOf = (role: AccessRole): string => {
  const token = tokens.get(role);
  if (token === undefined) throw new Error(`no token for ${role}`);
  return token;
};

describe('profile route × role matrix', () => {
  test('when any role not listed for a route calls it, then it answers 403 before parsing anything', async () => {
    const { body: document } = await profile.request('GET', '/v1/openapi.json');
    const probes = deniedProbes(document, ACCESS_ROLES);

    const answers = await probeRoutes(profile.url, probes, tokenOf);

    // The document is generated from the routes the service mounts, and lists every one of them.
    expect(documentedPaths(document)).toEqual(routesOf(profile.app));
    expect(probes.map((probe) => `${probe.method} ${probe.path} ${probe.role}`)).toContain(
      'post /v1/staff verifier',
    );
    expect(answers.filter((answer) => answer.status !== 403 || answer.code !== 'AUTH.FORBIDDEN')).toEqual([]);
  });
});
