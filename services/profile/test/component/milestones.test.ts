import type { Person } from './api-client';
import { startProfile, type ProfileHarness } from './profile-harness';
import {
  aCoordinatorOf,
  aPlacedStartup,
  aProgrammeWithMilestones,
  introduce,
  progressEventAbout,
  TRAINING_MILESTONES,
} from './progress-steps';

let profile: ProfileHarness;
let council: Person;
let programmeId: string;
beforeAll(async () => {
  profile = await startProfile();
  council = await profile.council();
  programmeId = await aProgrammeWithMilestones(profile, council);
});
afterAll(async () => {
  await profile.stop();
});

const evidence = {
  text: 'Signed plan reviewed at the Tripoli centre.',
  link: 'https://example.org/plan.pdf',
};
const claimPath = (startup: Person, milestoneId = 'business-plan') =>
  `/v1/startups/${startup.accountId}/milestones/${milestoneId}`;
const markReached = (startup: Person, body: object = evidence, milestoneId = 'business-plan') =>
  profile.request('POST', `${claimPath(startup, milestoneId)}/reached`, { token: startup.token, body });
const confirm = (by: Person, startup: Person) =>
  profile.request('POST', `${claimPath(startup)}/confirm`, { token: by.token });
/** A claim's progress event: ids, placement and date, never the evidence or a reason. */
const claimPayload = (startup: Person) => ({
  programmeId,
  startupId: startup.accountId,
  cohortId: 'spring-2025',
  centreId: 'tripoli',
  phaseId: 'training',
  milestoneId: 'business-plan',
  at: expect.any(String),
});
const claimOf = async (startup: Person, milestoneId = 'business-plan') => {
  const page = await profile.request('GET', `/v1/startups/${startup.accountId}/milestones`, {
    token: startup.token,
  });
  return page.body.phases
    .flatMap((phase: { milestones: { milestoneId: string }[] }) => phase.milestones)
    .find((m: { milestoneId: string }) => m.milestoneId === milestoneId).progress;
};

describe('milestone definitions', () => {
  test('when a programme manager sets a phase’s milestones, then any signed-in user reads them under that phase', async () => {
    const startup = await profile.aStartupWithProfile();

    const read = await profile.request('GET', `/v1/programmes/${programmeId}/milestones`, {
      token: startup.token,
    });

    expect(read.status).toBe(200);
    expect(read.body.phases.map((p: { phaseId: string }) => p.phaseId)).toEqual(['application', 'training']);
    expect(read.body.phases[1].milestones).toEqual(TRAINING_MILESTONES);
  });

  test('when another phase reuses a milestone id, then it is refused with 409 and the field named', async () => {
    const reused = await profile.request(
      'PUT',
      `/v1/programmes/${programmeId}/phases/application/milestones`,
      {
        token: council.token,
        body: { milestones: [TRAINING_MILESTONES[0]] },
        headers: { 'accept-language': 'tr' },
      },
    );

    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('MILESTONE.ID_TAKEN');
    expect(reused.body.errors).toEqual([
      {
        path: 'body.milestones.0.milestoneId',
        code: 'milestone.id-taken',
        message: 'başka bir aşamada kullanılıyor',
      },
    ]);
  });

  test('when a startup or an advisor tries to set milestones, then it is refused with 403', async () => {
    const startup = await profile.aStartupWithProfile();
    const advisor = await profile.anAdvisorWithProfile();
    for (const person of [startup, advisor]) {
      const tried = await profile.request('PUT', `/v1/programmes/${programmeId}/phases/training/milestones`, {
        token: person.token,
        body: { milestones: [] },
      });
      expect(tried.status).toBe(403);
    }
  });
});

describe('POST /v1/startups/:startupId/milestones/:milestoneId/reached', () => {
  test('when the startup marks a milestone reached with evidence, then it shows as reached and the event carries ids only', async () => {
    const startup = await aPlacedStartup(profile, council, programmeId);

    const marked = await markReached(startup);

    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ state: 'reached', phaseId: 'training', evidence, decision: null });
    expect(await claimOf(startup)).toMatchObject({ state: 'reached', evidence });
    const { event } = await progressEventAbout(profile, 'progress.milestone-reached', startup);
    expect(event.payload).toEqual(claimPayload(startup));
  });

  test('when the evidence is missing, an http link or holds control characters, then 400 names the field', async () => {
    const startup = await aPlacedStartup(profile, council, programmeId);

    const cases = [
      [{}, 'body.text'],
      [{ link: 'http://example.org/plan.pdf' }, 'body.link'],
      [{ text: 'plan\u0007' }, 'body.text'],
    ] as const;
    for (const [body, path] of cases) {
      const refused = await markReached(startup, body);
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect(await claimOf(startup)).toBeNull();
  });

  test('when someone else marks the startup’s milestone, or the milestone is unknown, then it is told there is no such startup or milestone (404)', async () => {
    const startup = await aPlacedStartup(profile, council, programmeId);
    const other = await aPlacedStartup(profile, council, programmeId);

    const byOther = await profile.request('POST', `${claimPath(startup)}/reached`, {
      token: other.token,
      body: evidence,
    });
    const unknown = await markReached(startup, evidence, 'demo-day-pitch');

    expect([byOther.status, byOther.body.code]).toEqual([404, 'PROFILE.NOT_FOUND']);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('MILESTONE.NOT_FOUND');
  });

  test('when the startup is in no programme, then marking is refused with 409', async () => {
    const startup = await profile.aStartupWithProfile();

    const refused = await markReached(startup);

    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('PROGRESS.NO_PROGRAMME');
  });

  test('when the evidence text is typed in decomposed form, then it is stored normalised (NFC)', async () => {
    const startup = await aPlacedStartup(profile, council, programmeId);

    const marked = await markReached(startup, { text: '  Me\u0301morandum signe\u0301  ' });

    expect(marked.body.evidence.text).toBe('Mémorandum signé');
  });
});

describe('confirming a milestone', () => {
  test('when the startup’s own mentor confirms, then it is confirmed, published, and final', async () => {
    const startup = await aPlacedStartup(profile, council, programmeId);
    const mentor = await profile.anAdvisorWithProfile();
    await introduce(profile, mentor, startup);
    await markReached(startup);

    const confirmed = await confirm(mentor, startup);

    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({
      state: 'confirmed',
      decision: { by: mentor.accountId, as: 'mentor', reason: null },
    });
    await progressEventAbout(profile, 'progress.milestone-confirmed', startup);
    expect((await markReached(startup)).body.code).toBe('MILESTONE.ALREADY_CONFIRMED');
    expect((await confirm(mentor, startup)).body.code).toBe('MILESTONE.NOT_AWAITING');
  });

  test('when an advisor without an introduction, another startup’s mentor, a coordinator of another centre, a startup or a programme manager try, then 404 (not their startup) or 403 (not their role) and nothing changes', async () => {
    const startup = await aPlacedStartup(profile, council, programmeId);
    const stranger = await profile.anAdvisorWithProfile();
    const otherStartup = await aPlacedStartup(profile, council, programmeId);
    const mentorOfOther = await profile.anAdvisorWithProfile();
    await introduce(profile, mentorOfOther, otherStartup);
    await markReached(startup);

    const elsewhere = await aCoordinatorOf(profile, council, ['benghazi']);

    for (const person of [stranger, mentorOfOther, elsewhere]) {
      const refused = await confirm(person, startup);
      expect([refused.status, refused.body.code]).toEqual([404, 'PROFILE.NOT_FOUND']);
    }
    // Neither a startup nor a programme manager who coordinates no centre gets past the route.
    for (const person of [otherStartup, council]) expect((await confirm(person, startup)).status).toBe(403);
    expect(await claimOf(startup)).toMatchObject({ state: 'reached', decision: null });
  });

  test('when a coordinator of the startup’s centre confirms one claim and sends back another, then both decisions stand as theirs', async () => {
    const startup = await aPlacedStartup(profile, council, programmeId, 'tripoli');
    const coordinator = await aCoordinatorOf(profile, council, ['misrata', 'tripoli']);
    await markReached(startup);
    await markReached(startup, evidence, 'first-paying-customer');

    const confirmed = await confirm(coordinator, startup);
    const sentBack = await profile.request(
      'POST',
      `${claimPath(startup, 'first-paying-customer')}/send-back`,
      {
        token: coordinator.token,
        body: { reason: 'An invoice is needed, not a letter of intent.' },
      },
    );
    const awaiting = await profile.request('GET', '/v1/milestones/awaiting', { token: coordinator.token });

    expect(confirmed.body.decision).toMatchObject({ by: coordinator.accountId, as: 'centre-coordinator' });
    expect(sentBack.body).toMatchObject({ state: 'sent-back', decision: { as: 'centre-coordinator' } });
    expect(
      awaiting.body.items.filter((i: { startupId: string }) => i.startupId === startup.accountId),
    ).toEqual([]);
  });

  test('when a coordinator lists what awaits them, then claims of their centres’ startups appear and others do not', async () => {
    const inTripoli = await aPlacedStartup(profile, council, programmeId, 'tripoli');
    const inBenghazi = await aPlacedStartup(profile, council, programmeId, 'benghazi');
    const coordinator = await aCoordinatorOf(profile, council, ['tripoli']);
    await markReached(inTripoli);
    await markReached(inBenghazi);

    const awaiting = await profile.request('GET', '/v1/milestones/awaiting', { token: coordinator.token });
    const startups = awaiting.body.items.map((i: { startupId: string }) => i.startupId);

    expect(startups).toContain(inTripoli.accountId);
    expect(startups).not.toContain(inBenghazi.accountId);
  });

  test('when the introduction was completed, then the former mentor is told there is no such startup (404)', async () => {
    const startup = await aPlacedStartup(profile, council, programmeId);
    const mentor = await profile.anAdvisorWithProfile();
    const introductionId = await introduce(profile, mentor, startup);
    await markReached(startup);
    await introduce(profile, mentor, startup, 'introduction.completed', introductionId);

    const refused = await confirm(mentor, startup);

    expect(refused.status).toBe(404);
  });

  test('when the mentor sends it back with a reason, then the startup sees why and may mark it again, and progress.milestone-sent-back carries ids only', async () => {
    const startup = await aPlacedStartup(profile, council, programmeId);
    const mentor = await profile.anAdvisorWithProfile();
    await introduce(profile, mentor, startup);
    await markReached(startup);

    const sent = await profile.request('POST', `${claimPath(startup)}/send-back`, {
      token: mentor.token,
      body: { reason: 'The plan has no cash-flow forecast.' },
    });
    const again = await markReached(startup, { link: 'https://example.org/plan-v2.pdf' });

    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({
      state: 'sent-back',
      decision: { reason: 'The plan has no cash-flow forecast.' },
    });
    expect(again.body).toMatchObject({
      state: 'reached',
      evidence: { text: null, link: 'https://example.org/plan-v2.pdf' },
    });
    const { event } = await progressEventAbout(profile, 'progress.milestone-sent-back', startup);
    expect(event.payload).toEqual(claimPayload(startup));
    // The claim's events stay one sequence: reached, sent back, reached again.
    const reachedAgain = await profile.eventWhere(
      ({ event: later }) => later.aggregateId === event.aggregateId && later.version === event.version + 1,
      'the claim made again',
    );
    expect([event.version, reachedAgain.event.type]).toEqual([2, 'progress.milestone-reached']);
  });

  test('when a mentor lists what awaits them, then only their startups’ open claims appear, with names', async () => {
    const startup = await aPlacedStartup(profile, council, programmeId);
    const unrelated = await aPlacedStartup(profile, council, programmeId);
    const mentor = await profile.anAdvisorWithProfile();
    await introduce(profile, mentor, startup);
    await markReached(startup);
    await markReached(unrelated);

    const awaiting = await profile.request('GET', '/v1/milestones/awaiting', { token: mentor.token });

    expect(awaiting.status).toBe(200);
    expect(awaiting.body.items).toEqual([
      expect.objectContaining({
        startupId: startup.accountId,
        milestoneId: 'business-plan',
        startupName: expect.objectContaining({ latin: expect.any(String) }),
        milestoneName: TRAINING_MILESTONES[0]?.name,
      }),
    ]);
  });
});

describe('GET /v1/programmes/:programmeId/progress', () => {
  test('when claims are reached and confirmed, then the cohort counts them per phase and milestone', async () => {
    const fresh = await aProgrammeWithMilestones(profile, council);
    const [first, second] = [
      await aPlacedStartup(profile, council, fresh),
      await aPlacedStartup(profile, council, fresh),
    ];
    const mentor = await profile.anAdvisorWithProfile();
    await introduce(profile, mentor, first);
    await markReached(first);
    await markReached(second);
    await confirm(mentor, first);

    const progress = await profile.request('GET', `/v1/programmes/${fresh}/progress`, {
      token: council.token,
    });
    const byStartup = await profile.request('GET', `/v1/programmes/${fresh}/progress`, {
      token: second.token,
    });

    expect(progress.status).toBe(200);
    expect(progress.body.cohorts).toEqual([
      expect.objectContaining({ cohortId: 'spring-2025', startups: 2 }),
    ]);
    const training = progress.body.cohorts[0].phases.find(
      (p: { phaseId: string }) => p.phaseId === 'training',
    );
    expect(training.milestones).toEqual([
      expect.objectContaining({ milestoneId: 'business-plan', reached: 2, confirmed: 1 }),
      expect.objectContaining({ milestoneId: 'first-paying-customer', reached: 0, confirmed: 0 }),
    ]);
    expect(byStartup.status).toBe(403);
  });
});
