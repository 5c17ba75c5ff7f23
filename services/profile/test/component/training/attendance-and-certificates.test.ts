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

const registered = async (world: TrainingWorld, startup: Person, ...sessionIds: string[]) => {
  for (const sessionId of sessionIds) {
    const reply = await profile.request('POST', `${world.session(sessionId)}/registrations`, {
      token: startup.token,
    });
    if (reply.status !== 201) throw new Error(`register: ${reply.status}`);
  }
};
const markAttended = (world: TrainingWorld, sessionId: string, startupIds: string[], token = council.token) =>
  profile.request('POST', `${world.session(sessionId)}/attendance`, { token, body: { startupIds } });
const askCertificate = (world: TrainingWorld, startup: Person) =>
  profile.request('POST', `/v1/programmes/${world.programmeId}/phases/training/certificate`, {
    token: startup.token,
  });

describe('attendance', () => {
  test('when the coordinator ticks registered startups, then they are attended once, progress.attended is published, and an unregistered one is refused', async () => {
    const world = await trainingWorld(profile, council, 5);
    const [came, stayedAway, unregistered] = [
      await world.aPlacedStartup(),
      await world.aPlacedStartup(),
      await world.aPlacedStartup(),
    ];
    await registered(world, came!, 'export-finance');
    await registered(world, stayedAway!, 'export-finance');

    const refused = await markAttended(world, 'export-finance', [came!.accountId, unregistered!.accountId]);
    const marked = await markAttended(world, 'export-finance', [came!.accountId]);
    const again = await markAttended(world, 'export-finance', [came!.accountId]);

    expect([refused.status, refused.body.code]).toEqual([422, 'TRAINING.ATTENDEE_NOT_REGISTERED']);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'body.startupIds.1' })]);
    expect(marked.status).toBe(200);
    expect(
      marked.body.seats.map((seat: { startupId: string; attended: boolean }) => [
        seat.startupId,
        seat.attended,
      ]),
    ).toEqual([
      [came!.accountId, true],
      [stayedAway!.accountId, false],
    ]);
    expect(again.status).toBe(200);
    const attended = await world.progressEvent('progress.attended', came!.accountId, 'export-finance');
    expect(parseEvent(attended).payload).toMatchObject({ centreId: 'tripoli', cohortId: 'spring-2025' });
    expect(world.progress.filter((e) => e.type === 'progress.attended')).toHaveLength(1);
  });

  test('when a startup checks in with the code the coordinator shows, then it is attended; a wrong, rotated or expired code is refused with 422', async () => {
    const world = await trainingWorld(profile, council, 5);
    const startup = await world.aPlacedStartup();
    await registered(world, startup, 'pitching');
    let startupToken = startup.token;
    const checkIn = (code: string) =>
      profile.request('POST', `${world.session('pitching')}/check-ins`, {
        token: startupToken,
        body: { code },
      });
    const showCode = async () =>
      (await profile.request('POST', `${world.session('pitching')}/check-in-code`, { token: council.token }))
        .body as {
        code: string;
        expiresAt: string;
      };

    const first = await showCode();
    const second = await showCode();
    const wrong = await checkIn('AAAAAA');
    const rotated = await checkIn(first.code);
    profile.clock.advance(16 * 60_000);
    // Access tokens live about as long as a code, so both people sign in again.
    council = await profile.council();
    startupToken = (await profile.login(startup.email, startup.password)).accessToken;
    const expired = await checkIn(second.code);
    const third = await showCode();
    const accepted = await checkIn(third.code.toLowerCase());

    expect(first.code).toMatch(/^[A-Z2-9]{6}$/);
    expect([wrong.status, rotated.status, expired.status]).toEqual([422, 422, 422]);
    expect(wrong.body).toMatchObject({
      code: 'TRAINING.CHECK_IN_CODE_INVALID',
      errors: [expect.objectContaining({ path: 'body.code' })],
    });
    expect([accepted.status, accepted.body.attended]).toEqual([200, true]);
    await world.progressEvent('progress.attended', startup.accountId, 'pitching');
  });

  test('when a startup not registered checks in, then it is told to register first', async () => {
    const world = await trainingWorld(profile, council, 5);
    const startup = await world.aPlacedStartup();
    const { code } = (
      await profile.request('POST', `${world.session('pitching')}/check-in-code`, { token: council.token })
    ).body as { code: string };

    const reply = await profile.request('POST', `${world.session('pitching')}/check-ins`, {
      token: startup.token,
      body: { code },
    });

    expect([reply.status, reply.body.code]).toEqual([409, 'TRAINING.NOT_REGISTERED']);
  });

  test('when a startup or an advisor asks for a roster or records attendance, then it is refused', async () => {
    const world = await trainingWorld(profile, council, 5);
    const startup = await world.aPlacedStartup();
    const advisor = await profile.anAdvisorWithProfile();

    const replies = await Promise.all([
      profile.request('GET', `${world.session('pitching')}/roster`, { token: startup.token }),
      markAttended(world, 'pitching', [startup.accountId], startup.token),
      profile.request('POST', `${world.session('pitching')}/check-in-code`, { token: advisor.token }),
    ]);

    expect(replies.map((reply) => reply.status)).toEqual([403, 403, 403]);
  });
});

describe('certificates', () => {
  test('when a startup asks before attending every required session, then it is refused naming what is missing; after, it gets one anyone can verify', async () => {
    const world = await trainingWorld(profile, council, 5);
    const startup = await world.aPlacedStartup();
    await registered(world, startup, 'export-finance', 'pitching');
    await markAttended(world, 'export-finance', [startup.accountId]);

    const early = await askCertificate(world, startup);
    await markAttended(world, 'pitching', [startup.accountId]);
    const issued = await askCertificate(world, startup);
    const askedAgain = await askCertificate(world, startup);
    const verified = await profile.request('GET', `/v1/certificates/${issued.body.code.toLowerCase()}`);
    const unknown = await profile.request('GET', '/v1/certificates/ZZZZZ-ZZZZZ');

    expect([early.status, early.body.code]).toEqual([409, 'CERTIFICATE.NOT_EARNED']);
    expect(early.body.errors.map((e: { path: string }) => e.path)).toEqual(['requiredSessions.pitching']);
    expect(issued.status).toBe(201);
    expect([askedAgain.status, askedAgain.body.code]).toEqual([200, issued.body.code]);
    expect(verified.status).toBe(200);
    expect(Object.keys(verified.body).sort()).toEqual([
      'code',
      'issuedAt',
      'phaseId',
      'phaseName',
      'programmeId',
      'programmeName',
      'startupName',
      'verificationUrl',
    ]);
    expect(verified.body.verificationUrl).toMatch(new RegExp(`/certificates/${issued.body.code}$`));
    expect(verified.body.phaseName.en).toBe('Training');
    expect(JSON.stringify(verified.body)).not.toContain(startup.accountId);
    expect(unknown.status).toBe(404);
    const mine = await profile.request('GET', '/v1/training/mine', { token: startup.token });
    expect(mine.body.certificates.map((c: { code: string }) => c.code)).toEqual([issued.body.code]);
    expect(mine.body.phases).toEqual([expect.objectContaining({ phaseId: 'training', complete: true })]);
  });

  test('when an optional session is missed, then the certificate is still issued', async () => {
    const world = await trainingWorld(profile, council, 5);
    const startup = await world.aPlacedStartup();
    await registered(world, startup, 'export-finance', 'pitching', 'customs-online');
    await markAttended(world, 'export-finance', [startup.accountId]);
    await markAttended(world, 'pitching', [startup.accountId]);

    const issued = await askCertificate(world, startup);

    expect(issued.status).toBe(201);
  });
});
