import type { Person } from './api-client';
import { startProfile, type ProfileHarness } from './profile-harness';
import { aStaffMember } from './staff-steps';

let profile: ProfileHarness;
let admin: Person;
beforeAll(async () => {
  profile = await startProfile();
  admin = await profile.council();
});
afterAll(async () => {
  await profile.stop();
});

const aStartupAt = async (centreId: string, programmeId: string): Promise<string> => {
  const startup = await profile.aStartupWithProfile();
  await profile.request('PUT', `/v1/startups/${startup.accountId}/placement`, {
    token: admin.token,
    body: { centreId, programmeId, cohortId: 'spring-2025' },
  });
  return startup.accountId;
};

describe('a centre-coordinator sees only the startups of their centres', () => {
  test("when a Benghazi coordinator lists and reads startups, then Benghazi's show and Misrata's answer as missing", async () => {
    const programmeId = await profile.aProgrammeBy(admin);
    const inBenghazi = await aStartupAt('benghazi', programmeId);
    const inMisrata = await aStartupAt('misrata', programmeId);
    const coordinator = await aStaffMember(profile, admin, ['centre-coordinator'], {
      centreIds: ['benghazi'],
    });
    const asCoordinator = { token: coordinator.token };

    const listed = await profile.request('GET', '/v1/startups?limit=100', asCoordinator);
    const misrataFilter = await profile.request('GET', '/v1/startups?centreId=misrata', asCoordinator);
    const own = await profile.request('GET', `/v1/startups/${inBenghazi}`, asCoordinator);
    const other = await profile.request('GET', `/v1/startups/${inMisrata}`, asCoordinator);
    const byAdmin = await profile.request('GET', '/v1/startups?limit=100', { token: admin.token });

    const ids = (reply: typeof listed) => reply.body.items.map((s: { startupId: string }) => s.startupId);
    expect(ids(listed)).toEqual([inBenghazi]);
    expect(ids(misrataFilter)).toEqual([]);
    expect(own.status).toBe(200);
    expect(other).toMatchObject({ status: 404, body: { code: 'PROFILE.NOT_FOUND' } });
    expect(ids(byAdmin)).toEqual(expect.arrayContaining([inBenghazi, inMisrata]));
  });

  test('when an observer tries to change a startup, then every write is refused while reads work', async () => {
    const startup = await profile.aStartupWithProfile();
    const observer = await aStaffMember(profile, admin, ['observer']);

    const read = await profile.request('GET', `/v1/startups/${startup.accountId}`, { token: observer.token });
    const verify = await profile.request('POST', `/v1/startups/${startup.accountId}/verification`, {
      token: observer.token,
      body: { decision: 'verified' },
    });

    expect(read.status).toBe(200);
    expect(verify).toMatchObject({ status: 403, body: { code: 'AUTH.FORBIDDEN' } });
  });
});
