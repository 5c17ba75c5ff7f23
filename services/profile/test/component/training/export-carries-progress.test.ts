import type { Person } from '../api-client';
import { startProfile, type ProfileHarness } from '../profile-harness';
import { reportQuarter, TRAINING_MILESTONES } from '../progress-steps';
import { trainingWorld, type TrainingWorld } from './training-world';

let profile: ProfileHarness;
let council: Person;
let world: TrainingWorld;
beforeAll(async () => {
  profile = await startProfile();
  profile.clock.set('2026-10-02T08:00:00Z');
  council = await profile.council();
  world = await trainingWorld(profile, council, 3);
  await profile.request('PUT', `/v1/programmes/${world.programmeId}/phases/training/milestones`, {
    token: council.token,
    body: { milestones: TRAINING_MILESTONES },
  });
});
afterAll(async () => {
  await profile.stop();
});

const register = (startup: Person, sessionId: string) =>
  profile.request('POST', `${world.session(sessionId)}/registrations`, { token: startup.token });
const markPresent = (startup: Person, sessionId: string) =>
  profile.request('POST', `${world.session(sessionId)}/attendance`, {
    token: council.token,
    body: { startupIds: [startup.accountId] },
  });
const report = (startup: Person, quarter: string, employees: number) =>
  reportQuarter(profile, startup, quarter, employees);
const exportOf = (person: Person) =>
  profile.request('GET', `/v1/accounts/${person.accountId}/export`, { token: person.token });

describe('GET /v1/accounts/:accountId/export of a startup in a programme', () => {
  test('when a startup with seats, attendance, a certificate, a milestone claim and a revised check-in exports its data, then all of it is in the export, and nothing of another startup', async () => {
    const [startup, other] = [await world.aPlacedStartup(), await world.aPlacedStartup()];
    for (const sessionId of ['export-finance', 'pitching']) await register(startup, sessionId);
    await register(other, 'export-finance');
    await markPresent(startup, 'export-finance');
    await markPresent(startup, 'pitching');
    await markPresent(other, 'export-finance');
    const certificate = await profile.request(
      'POST',
      `/v1/programmes/${world.programmeId}/phases/training/certificate`,
      { token: startup.token },
    );
    const claimed = await profile.request(
      'POST',
      `/v1/startups/${startup.accountId}/milestones/business-plan/reached`,
      { token: startup.token, body: { text: 'Our plan, read by the centre.' } },
    );
    await report(startup, '2026-Q3', 3);
    await report(startup, '2026-Q3', 4);
    await report(other, '2026-Q3', 9);

    const exported = await exportOf(startup);

    expect([certificate.status, claimed.status, exported.status]).toEqual([201, 200, 200]);
    const progress = exported.body.programmeProgress;
    expect(progress.training).toHaveLength(2);
    expect(progress.training).toContainEqual({
      programmeId: world.programmeId,
      phaseId: 'training',
      sessionId: 'pitching',
      cohortId: 'spring-2025',
      registeredAt: expect.any(String),
      attendance: { at: expect.any(String), via: 'coordinator' },
    });
    expect(progress.certificates).toEqual([certificate.body]);
    expect(progress.milestones).toMatchObject([
      {
        milestoneId: 'business-plan',
        state: 'reached',
        evidence: { text: 'Our plan, read by the centre.' },
      },
    ]);
    expect(progress.outcomes).toHaveLength(1);
    expect(
      progress.outcomes[0].revisions.map(
        (revision: { report: { employees: number } }) => revision.report.employees,
      ),
    ).toEqual([3, 4]);
    expect(JSON.stringify(exported.body)).not.toContain(other.accountId);
  });

  test('when an advisor or a startup outside every programme exports its data, then its programme progress is null or empty', async () => {
    const advisor = await profile.anAdvisorWithProfile();
    const newcomer = await profile.aStartupWithProfile();

    const [ofAdvisor, ofNewcomer] = [await exportOf(advisor), await exportOf(newcomer)];

    expect(ofAdvisor.body.programmeProgress).toBeNull();
    expect(ofNewcomer.body.programmeProgress).toEqual({
      training: [],
      certificates: [],
      milestones: [],
      outcomes: [],
    });
  });
});
