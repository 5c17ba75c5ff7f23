import { parseEvent } from '@jisr/contracts';
import { aProgramme, anAdvisorProfile } from '../builders/profile-builders';
import type { Person } from './api-client';
import { startProfile, type ProfileHarness } from './profile-harness';

let profile: ProfileHarness;
let council: Person;
beforeAll(async () => {
  profile = await startProfile();
  council = await profile.council();
});
afterAll(async () => {
  await profile.stop();
});

describe('POST /v1/startups/:startupId/verification', () => {
  test('when the council verifies a startup, then the owner sees it with a notice in three languages and startup.verified is published', async () => {
    const startup = await profile.aStartupWithProfile();

    const decided = await profile.request('POST', `/v1/startups/${startup.accountId}/verification`, {
      token: council.token,
      body: { decision: 'verified' },
    });
    const seenByOwner = await profile.request('GET', `/v1/startups/${startup.accountId}`, {
      token: startup.token,
    });

    expect(decided.status).toBe(200);
    expect(seenByOwner.body.verification).toMatchObject({ status: 'verified', reason: null });
    expect(Object.keys(seenByOwner.body.verification.notice).sort()).toEqual(['ar', 'en', 'tr']);
    const event = await profile.eventWhere(
      ({ event }) => event.type === 'startup.verified' && event.aggregateId === startup.accountId,
      'startup.verified',
    );
    expect(parseEvent(event.event).payload).toEqual({ startupId: startup.accountId });
  });

  test('when the council verifies a startup, then a full startup.upserted snapshot follows startup.verified, so the compacted topic keeps the whole profile', async () => {
    const startup = await profile.aStartupWithProfile({ sector: '10' });

    await profile.request('POST', `/v1/startups/${startup.accountId}/verification`, {
      token: council.token,
      body: { decision: 'verified' },
    });

    const verified = await profile.eventWhere(
      ({ event }) => event.type === 'startup.verified' && event.aggregateId === startup.accountId,
      'startup.verified',
    );
    const snapshot = await profile.eventWhere(
      ({ event }) =>
        event.type === 'startup.upserted' &&
        event.aggregateId === startup.accountId &&
        event.version > verified.event.version,
      'startup.upserted after startup.verified',
    );
    expect(parseEvent(snapshot.event).payload).toMatchObject({ sector: '10', verification: 'verified' });
  });

  test('when the council rejects without a reason, then it is refused with 400; with a reason the reason reaches the owner and the event', async () => {
    const advisor = await profile.signUp({ role: 'advisor' });
    await profile.request('PUT', `/v1/advisors/${advisor.accountId}`, {
      token: advisor.token,
      body: anAdvisorProfile(),
    });
    const path = `/v1/advisors/${advisor.accountId}/verification`;

    const withoutReason = await profile.request('POST', path, {
      token: council.token,
      body: { decision: 'rejected' },
    });
    const withReason = await profile.request('POST', path, {
      token: council.token,
      body: { decision: 'rejected', reason: 'The organisation could not be confirmed.' },
    });

    expect(withoutReason.status).toBe(400);
    expect(withoutReason.body.errors).toEqual([expect.objectContaining({ path: 'body.reason' })]);
    expect(withReason.body.verification).toMatchObject({
      status: 'rejected',
      reason: 'The organisation could not be confirmed.',
    });
    expect(withReason.body.verification.notice.en).toContain('The organisation could not be confirmed.');
    await profile.eventWhere(
      ({ event }) =>
        event.type === 'advisor.rejected' &&
        event.payload.reason === 'The organisation could not be confirmed.',
      'advisor.rejected with the reason',
    );
  });
});

describe('GET /v1/startups (council listing)', () => {
  test('when the council filters by sector, city and language, then only matching startups come back, page by page', async () => {
    const sector = '62';
    const matching = [
      await profile.aStartupWithProfile({ sector, city: 'benghazi' }),
      await profile.aStartupWithProfile({
        sector,
        city: 'benghazi',
        languages: [
          { code: 'ar', proficiency: 'native' },
          { code: 'tr', proficiency: 'basic' },
        ],
      }),
      await profile.aStartupWithProfile({ sector, city: 'benghazi' }),
    ];
    await profile.aStartupWithProfile({ sector, city: 'misrata' });
    await profile.aStartupWithProfile({ sector: '10', city: 'benghazi' });

    const first = await profile.request(
      'GET',
      `/v1/startups?sector=${sector}&city=benghazi&language=ar&limit=2`,
      { token: council.token },
    );
    const second = await profile.request(
      'GET',
      `/v1/startups?sector=${sector}&city=benghazi&language=ar&limit=2&cursor=${first.body.nextCursor}`,
      {
        token: council.token,
      },
    );
    const turkishSpeakers = await profile.request('GET', `/v1/startups?sector=${sector}&language=tr`, {
      token: council.token,
    });

    expect(first.body.items.map((item: { startupId: string }) => item.startupId)).toEqual(
      matching.slice(0, 2).map((s) => s.accountId),
    );
    expect(second.body.items.map((item: { startupId: string }) => item.startupId)).toEqual([
      matching[2]?.accountId,
    ]);
    expect(second.body.nextCursor).toBeNull();
    expect(turkishSpeakers.body.items.map((item: { startupId: string }) => item.startupId)).toEqual([
      matching[1]?.accountId,
    ]);
  });

  test('when the council filters by verification, then only startups in that state come back', async () => {
    const verified = await profile.aStartupWithProfile({ sector: '72' });
    await profile.aStartupWithProfile({ sector: '72' });
    await profile.request('POST', `/v1/startups/${verified.accountId}/verification`, {
      token: council.token,
      body: { decision: 'verified' },
    });

    const listed = await profile.request('GET', '/v1/startups?sector=72&verification=verified', {
      token: council.token,
    });

    expect(listed.body.items.map((item: { startupId: string }) => item.startupId)).toEqual([
      verified.accountId,
    ]);
  });

  test.each([
    ['limit above 100', 'limit=101', 'query.limit'],
    ['limit zero', 'limit=0', 'query.limit'],
    ['an unknown filter', 'colour=red', 'query.colour'],
    ['a sector that is no ISIC division', 'sector=00', 'query.sector'],
    ['a forged cursor', 'cursor=bm90LWEtY3Vyc29y', 'query.cursor'],
  ])('when the query has %s, then it is refused with 400', async (_what, query, path) => {
    const listed = await profile.request('GET', `/v1/startups?${query}`, { token: council.token });

    expect(listed.status).toBe(400);
    expect(listed.body.errors.map((issue: { path: string }) => issue.path)).toContain(path);
  });

  test('when the council lists advisors by offer and stage, then array fields match any element', async () => {
    const investor = await profile.signUp({ role: 'advisor' });
    await profile.request('PUT', `/v1/advisors/${investor.accountId}`, {
      token: investor.token,
      body: anAdvisorProfile({ sectors: ['35'], stages: ['scale'] }),
    });

    const listed = await profile.request(
      'GET',
      '/v1/advisors?sector=35&stage=scale&offer=investment&paused=false',
      {
        token: council.token,
      },
    );

    expect(listed.body.items.map((item: { advisorId: string }) => item.advisorId)).toEqual([
      investor.accountId,
    ]);
  });
});

describe('programmes, cohorts, centres and weights', () => {
  test('when the council creates a programme and changes its weights, then both facts are published for matching', async () => {
    const created = await profile.request('POST', '/v1/programmes', {
      token: council.token,
      body: aProgramme(),
    });
    const programmeId = created.body.programmeId;
    const weights = { sector: 0.5, stage: 0.1, language: 0.2, needs: 0.2, load: 0 };

    const changed = await profile.request('PUT', `/v1/programmes/${programmeId}/weights`, {
      token: council.token,
      body: weights,
    });

    expect(created.status).toBe(201);
    expect(created.body.phases[1].trainingSessions[0]).toMatchObject({
      sessionId: 'export-finance',
      centreId: 'tripoli',
    });
    expect(changed.body.weights).toEqual(weights);
    const upserted = await profile.eventWhere(
      ({ event }) => event.type === 'programme.upserted' && event.aggregateId === programmeId,
      'programme.upserted',
    );
    const weightEvents = await profile.eventWhere(
      ({ event }) =>
        event.type === 'programme.weights-changed' &&
        event.aggregateId === programmeId &&
        event.version === 3,
      'the second programme.weights-changed',
    );
    expect(upserted.event.payload).toMatchObject({
      cohorts: [{ cohortId: 'spring-2025', name: 'Spring 2025' }],
    });
    expect(weightEvents.event.payload).toEqual({ programmeId, weights });
  });

  test('when a startup is placed in a cohort of that programme, then startup.upserted carries centre, programme and cohort', async () => {
    const startup = await profile.aStartupWithProfile();
    const programmeId = await profile.aProgrammeBy(council);
    const path = `/v1/startups/${startup.accountId}/placement`;

    const unknownCohort = await profile.request('PUT', path, {
      token: council.token,
      body: { centreId: 'misrata', programmeId, cohortId: 'autumn-1999' },
    });
    const placed = await profile.request('PUT', path, {
      token: council.token,
      body: { centreId: 'misrata', programmeId, cohortId: 'spring-2025' },
    });

    expect(unknownCohort.status).toBe(422);
    expect(placed.body.placement).toEqual({ centreId: 'misrata', programmeId, cohortId: 'spring-2025' });
    await profile.eventAbout(
      'startup.upserted',
      startup.accountId,
      { cohortId: 'spring-2025' },
      'startup.upserted with the placement',
    );
  });

  test('when a fresh installation starts, then the Tripoli, Benghazi and Misrata centres exist; the council can add Sabha', async () => {
    const added = await profile.request('PUT', '/v1/centres/sabha', {
      token: council.token,
      body: {
        name: {
          en: 'Sabha Business Development Centre',
          ar: 'مركز تطوير الأعمال سبها',
          tr: 'Sebha İş Geliştirme Merkezi',
        },
        city: 'sabha',
      },
    });
    const centres = await profile.request('GET', '/v1/centres', { token: council.token });

    expect(added.status).toBe(201);
    expect(centres.body.items.map((centre: { centreId: string }) => centre.centreId).sort()).toEqual([
      'benghazi',
      'misrata',
      'sabha',
      'tripoli',
    ]);
  });

  test('when a training session names a centre that does not exist, then the programme is refused with 422', async () => {
    const programme = aProgramme();
    const [application, training] = programme.phases;
    const session = { ...training!.trainingSessions[0]!, centreId: 'atlantis' };
    const body = { ...programme, phases: [application, { ...training, trainingSessions: [session] }] };

    const response = await profile.request('POST', '/v1/programmes', { token: council.token, body });

    expect(response.status).toBe(422);
    expect(response.body.errors[0].path).toBe('body.phases.1.trainingSessions.0.centreId');
  });

  test('when phases are out of timeline order, then the programme is refused with 400', async () => {
    const programme = aProgramme();
    const body = { ...programme, phases: [...programme.phases].reverse() };

    const response = await profile.request('POST', '/v1/programmes', { token: council.token, body });

    expect(response.status).toBe(400);
  });
});
