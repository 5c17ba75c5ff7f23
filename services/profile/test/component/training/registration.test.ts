import { parseEvent } from '@jisr/contracts';
import type { Person } from '../api-client';
import { startProfile, type ProfileHarness } from '../profile-harness';
import { trainingWorld, type TrainingWorld } from './training-world';

let profile: ProfileHarness;
let council: Person;
beforeAll(async () => {
  profile = await startProfile();
  council = await profile.council();
});
afterAll(async () => {
  await profile.stop();
});

const register = (world: TrainingWorld, startup: Person, sessionId = 'export-finance') =>
  profile.request('POST', `${world.session(sessionId)}/registrations`, { token: startup.token });

describe('registering for a training session', () => {
  test('when more startups than seats register at once, then exactly the capacity get seats and the rest hear the session is full', async () => {
    const world = await trainingWorld(profile, council, 2);
    const startups = await Promise.all([1, 2, 3, 4, 5].map(() => world.aPlacedStartup()));

    const replies = await Promise.all(startups.map((startup) => register(world, startup)));

    const statuses = replies.map((reply) => reply.status).sort();
    expect(statuses).toEqual([201, 201, 409, 409, 409]);
    expect(replies.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
      Array(3).fill('TRAINING.SESSION_FULL'),
    );
    const roster = await profile.request('GET', `${world.session('export-finance')}/roster`, {
      token: council.token,
    });
    expect(roster.body).toMatchObject({ capacity: 2, seatsTaken: 2 });
    expect(roster.body.seats).toHaveLength(2);
  });

  test('when a startup registers twice, then the second is refused with a localised 409 and it still holds one seat', async () => {
    const world = await trainingWorld(profile, council, 5);
    const startup = await world.aPlacedStartup();

    const first = await register(world, startup);
    const again = await Promise.all(
      ['ar', 'tr', 'en'].map((lang) =>
        profile.request('POST', `${world.session('export-finance')}/registrations`, {
          token: startup.token,
          headers: { 'accept-language': lang },
        }),
      ),
    );

    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ registered: true, attended: false, seatsTaken: 1, capacity: 5 });
    expect(again.map((reply) => [reply.status, reply.body.code])).toEqual(
      Array(3).fill([409, 'TRAINING.ALREADY_REGISTERED']),
    );
    expect(again.map((reply) => reply.body.detail)).toEqual([
      'أنت مسجّل بالفعل في هذه الجلسة.',
      'Bu oturuma zaten kayıtlısınız.',
      'You are already registered for this session.',
    ]);
    const mine = await profile.request('GET', '/v1/training/mine', { token: startup.token });
    expect(
      mine.body.sessions.find((s: { sessionId: string }) => s.sessionId === 'export-finance'),
    ).toMatchObject({
      registered: true,
      seatsTaken: 1,
    });
  });

  test('when a startup registers and cancels, then its seat is free again and both facts are published on programme.progress.v1', async () => {
    const world = await trainingWorld(profile, council, 1);
    const [first, second] = [await world.aPlacedStartup(), await world.aPlacedStartup()];

    await register(world, first!);
    const full = await register(world, second!);
    const cancelled = await profile.request(
      'DELETE',
      `${world.session('export-finance')}/registrations/mine`,
      {
        token: first!.token,
      },
    );
    const cancelledAgain = await profile.request(
      'DELETE',
      `${world.session('export-finance')}/registrations/mine`,
      {
        token: first!.token,
      },
    );
    const taken = await register(world, second!);

    expect([full.status, cancelled.status, cancelledAgain.status, taken.status]).toEqual([
      409, 200, 409, 201,
    ]);
    expect(cancelledAgain.body.code).toBe('TRAINING.NOT_REGISTERED');
    const registered = await world.progressEvent('progress.registered', first!.accountId, 'export-finance');
    const gone = await world.progressEvent(
      'progress.registration-cancelled',
      first!.accountId,
      'export-finance',
    );
    expect(parseEvent(gone).payload).toEqual({
      programmeId: world.programmeId,
      startupId: first!.accountId,
      cohortId: 'spring-2025',
      centreId: 'tripoli',
      at: expect.any(String),
      sessionId: 'export-finance',
    });
    expect(gone.version).toBeGreaterThan(registered.version);
  });

  test('when a startup outside the programme or an advisor registers, then it is refused', async () => {
    const world = await trainingWorld(profile, council);
    const outsider = await profile.aStartupWithProfile();
    const advisor = await profile.anAdvisorWithProfile();

    const byOutsider = await register(world, outsider);
    const byAdvisor = await register(world, advisor);
    const unknownSession = await register(world, await world.aPlacedStartup(), 'juggling');

    expect([byOutsider.status, byOutsider.body.code]).toEqual([403, 'TRAINING.NOT_IN_PROGRAMME']);
    expect(byAdvisor.status).toBe(403);
    expect([unknownSession.status, unknownSession.body.code]).toEqual([404, 'TRAINING.SESSION_NOT_FOUND']);
  });

  test('when the session has started, then registering is closed', async () => {
    const world = await trainingWorld(profile, council, 5, -1);

    const late = await register(world, await world.aPlacedStartup());

    expect([late.status, late.body.code]).toEqual([409, 'TRAINING.SESSION_STARTED']);
  });
});
