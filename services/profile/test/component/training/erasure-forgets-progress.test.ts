import type { StoredDoc } from '@jisr/storage';
import type { Person } from '../api-client';
import { startProfile, type ProfileHarness } from '../profile-harness';
import { introduce, reportQuarter as reportQuarterOf, TRAINING_MILESTONES } from '../progress-steps';
import { approvedBySecondAdmin } from '../second-admin';
import { trainingWorld, type TrainingWorld } from './training-world';

// Its own service: the reminder job looks at every startup, and the clock moves a quarter on.
let profile: ProfileHarness;
let council: Person;
beforeAll(async () => {
  profile = await startProfile();
  profile.clock.set('2026-06-20T08:00:00Z');
});
afterAll(async () => {
  await profile.stop();
});

const signIn = async (person: Person): Promise<Person> => ({
  ...person,
  token: (await profile.login(person.email, person.password)).accessToken,
});

/** Startups that joined in June, seen again in October, placed in the world's programme. */
async function startupsOfLastQuarter(count: number): Promise<(world: TrainingWorld) => Promise<Person[]>> {
  const joined: Person[] = [];
  for (let i = 0; i < count; i++) joined.push(await profile.aStartupWithProfile());
  return async (world) => {
    const placed: Person[] = [];
    for (const startup of joined) {
      const reply = await profile.request('PUT', `/v1/startups/${startup.accountId}/placement`, {
        token: council.token,
        body: { centreId: 'tripoli', programmeId: world.programmeId, cohortId: 'spring-2025' },
      });
      if (reply.status !== 200) throw new Error(`placement: ${reply.status}`);
      placed.push(await signIn(startup));
    }
    return placed;
  };
}

const register = async (world: TrainingWorld, startup: Person, sessionId: string) =>
  profile.request('POST', `${world.session(sessionId)}/registrations`, { token: startup.token });
const attended = (world: TrainingWorld, sessionId: string, startup: Person) =>
  profile.request('POST', `${world.session(sessionId)}/attendance`, {
    token: council.token,
    body: { startupIds: [startup.accountId] },
  });
const reportQuarter = (startup: Person, employees: number) =>
  reportQuarterOf(profile, startup, '2026-Q3', employees);
const rosterOf = async (world: TrainingWorld, sessionId: string): Promise<string[]> =>
  (
    await profile.request('GET', `${world.session(sessionId)}/roster`, { token: council.token })
  ).body.seats.map((seat: { startupId: string }) => seat.startupId);

type Named = StoredDoc & {
  startupId?: string;
  seats?: { startupId: string }[];
  attended?: { startupId: string }[];
};

/** How many stored documents (or roster entries) of each progress collection name the startup. */
async function storedAbout(startup: Person): Promise<Record<string, number>> {
  const naming = async (name: string) =>
    (await (await profile.storage.collection<Named>({ name })).find({})).filter(
      (doc) => doc.startupId === startup.accountId,
    ).length;
  const rosters = await (await profile.storage.collection<Named>({ name: 'training_rosters' })).find({});
  return {
    rosterEntries: rosters
      .flatMap((roster) => [...(roster.seats ?? []), ...(roster.attended ?? [])])
      .filter((entry) => entry.startupId === startup.accountId).length,
    certificates: await naming('training_certificates'),
    milestoneClaims: await naming('milestone_progress'),
    checkIns: await naming('outcome_check_ins'),
    reminders: await naming('outcome_reminders'),
    mentorships: await naming('mentorships'),
  };
}

const NOTHING = {
  rosterEntries: 0,
  certificates: 0,
  milestoneClaims: 0,
  checkIns: 0,
  reminders: 0,
  mentorships: 0,
};

describe('DELETE /v1/accounts/:accountId of a startup in a programme', () => {
  test('when a startup with seats, attendance, a certificate, a milestone claim and a revised check-in erases itself, then all of it is gone, its certificate is not found and its seat is free', async () => {
    const placeLater = await startupsOfLastQuarter(3);
    profile.clock.set('2026-10-02T08:00:00Z');
    council = await profile.council();
    const world = await trainingWorld(profile, council, 2);
    await profile.request('PUT', `/v1/programmes/${world.programmeId}/phases/training/milestones`, {
      token: council.token,
      body: { milestones: TRAINING_MILESTONES },
    });
    const [leaving, staying, late] = (await placeLater(world)) as [Person, Person, Person];
    await introduce(profile, await profile.anAdvisorWithProfile(), leaving);
    await profile.runOutcomeReminders();
    for (const startup of [leaving, staying]) await register(world, startup, 'export-finance');
    await register(world, leaving, 'pitching');
    await attended(world, 'export-finance', leaving);
    await attended(world, 'pitching', leaving);
    const certificate = await profile.request(
      'POST',
      `/v1/programmes/${world.programmeId}/phases/training/certificate`,
      { token: leaving.token },
    );
    await profile.request('POST', `/v1/startups/${leaving.accountId}/milestones/business-plan/reached`, {
      token: leaving.token,
      body: { text: 'Our plan, read by the centre.' },
    });
    await reportQuarter(leaving, 3);
    const revised = await reportQuarter(leaving, 4);
    const fullBefore = await register(world, late, 'export-finance');
    const before = await storedAbout(leaving);
    const stayingBefore = await storedAbout(staying);

    const erased = await profile.request('DELETE', `/v1/accounts/${leaving.accountId}`, {
      token: leaving.token,
    });

    expect([certificate.status, revised.body.revisions.length, fullBefore.status]).toEqual([201, 2, 409]);
    expect(Object.values(before).every((count) => count > 0)).toBe(true);
    expect(erased.status).toBe(204);
    expect(await storedAbout(leaving)).toEqual(NOTHING);
    expect(await storedAbout(staying)).toEqual(stayingBefore);
    const verified = await profile.request('GET', `/v1/certificates/${certificate.body.code}`);
    expect([verified.status, verified.body.code]).toEqual([404, 'CERTIFICATE.NOT_FOUND']);
    expect(await rosterOf(world, 'export-finance')).toEqual([staying.accountId]);
    expect((await register(world, late, 'export-finance')).status).toBe(201);
    const progress = await profile.request('GET', `/v1/programmes/${world.programmeId}/progress`, {
      token: council.token,
    });
    expect(JSON.stringify(progress.body)).not.toContain(leaving.accountId);
  });

  test('when the erasure is asked again, then it is refused as not found and nothing else changes', async () => {
    const world = await trainingWorld(profile, council, 2);
    const [leaving, staying] = [await world.aPlacedStartup(), await world.aPlacedStartup()];
    for (const startup of [leaving, staying]) await register(world, startup, 'export-finance');
    await profile.request('DELETE', `/v1/accounts/${leaving.accountId}`, { token: leaving.token });
    const stayingBefore = await storedAbout(staying);

    const again = await profile.request('DELETE', `/v1/accounts/${leaving.accountId}`, {
      token: leaving.token,
    });

    expect([401, 404]).toContain(again.status);
    expect(await storedAbout(staying)).toEqual(stayingBefore);
    expect(await rosterOf(world, 'export-finance')).toEqual([staying.accountId]);
  });

  test('when staff erase a startup and a second admin approves, then its seat and check-ins go with it', async () => {
    const world = await trainingWorld(profile, council, 2);
    const startup = await world.aPlacedStartup();
    await register(world, startup, 'pitching');
    await reportQuarter(startup, 2);

    const asked = await profile.request('DELETE', `/v1/accounts/${startup.accountId}`, {
      token: council.token,
    });
    const stillThere = await storedAbout(startup);
    const approved = await approvedBySecondAdmin(profile, council, asked);

    expect(stillThere).toMatchObject({ rosterEntries: 1, checkIns: 1 });
    expect(approved.status).toBe(200);
    expect(await storedAbout(startup)).toEqual(NOTHING);
    expect(await rosterOf(world, 'pitching')).toEqual([]);
  });
});
