import type { Person } from '../api-client';
import { startProfile, type ProfileHarness } from '../profile-harness';
import { aCoordinatorOf, trainingWorld, type TrainingWorld } from './training-world';

let profile: ProfileHarness;
let council: Person;
let world: TrainingWorld;
let tripoli: Person;
let misrata: Person;
let startup: Person;
beforeAll(async () => {
  profile = await startProfile();
  council = await profile.council();
  world = await trainingWorld(profile, council, 5);
  [tripoli, misrata, startup] = [
    await aCoordinatorOf(profile, 'tripoli'),
    await aCoordinatorOf(profile, 'misrata'),
    await world.aPlacedStartup(),
  ];
  await profile.request('POST', `${world.session('export-finance')}/registrations`, { token: startup.token });
});
afterAll(async () => {
  await profile.stop();
});

describe("a centre coordinator and another centre's sessions", () => {
  test('when the coordinator of another centre records attendance, asks for the roster or a check-in code, then each is told there is no such session (404) and nothing is recorded', async () => {
    const session = world.session('export-finance');

    const replies = await Promise.all([
      profile.request('POST', `${session}/attendance`, {
        token: misrata.token,
        body: { startupIds: [startup.accountId] },
        headers: { 'accept-language': 'ar' },
      }),
      profile.request('GET', `${session}/roster`, { token: misrata.token }),
      profile.request('POST', `${session}/check-in-code`, { token: misrata.token }),
    ]);
    const roster = await profile.request('GET', `${session}/roster`, { token: tripoli.token });

    expect(replies.map((reply) => [reply.status, reply.body.code])).toEqual(
      Array(3).fill([404, 'TRAINING.SESSION_NOT_FOUND']),
    );
    expect(replies[0]!.body.detail).toBe('لا توجد جلسة تدريبية كهذه في البرنامج.');
    expect(roster.body.seats).toEqual([
      expect.objectContaining({ startupId: startup.accountId, attended: false }),
    ]);
  });

  test("when the session's own coordinator records attendance, then it is recorded", async () => {
    const marked = await profile.request('POST', `${world.session('export-finance')}/attendance`, {
      token: tripoli.token,
      body: { startupIds: [startup.accountId] },
    });

    expect(marked.status).toBe(200);
    expect(marked.body.seats).toEqual([
      expect.objectContaining({ startupId: startup.accountId, attended: true }),
    ]);
    await world.progressEvent('progress.attended', startup.accountId, 'export-finance');
  });

  test('when a coordinator lists the sessions to run, then only those at their centres appear; an online-only session belongs to no coordinator', async () => {
    const sessionsOf = (person: Person) =>
      profile.request('GET', '/v1/training/sessions', { token: person.token });
    const [ofTripoli, ofMisrata, ofManager] = [
      await sessionsOf(tripoli),
      await sessionsOf(misrata),
      await sessionsOf(council),
    ];
    const ours = (items: { programmeId: string; sessionId: string }[]) =>
      items.filter((item) => item.programmeId === world.programmeId).map((item) => item.sessionId);

    expect(ours(ofTripoli.body.items)).toEqual(['export-finance']);
    expect(ours(ofMisrata.body.items)).toEqual(['pitching']);
    expect(ours(ofManager.body.items)).toEqual(['export-finance', 'pitching', 'customs-online']);
  });
});
