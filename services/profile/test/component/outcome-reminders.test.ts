import type { Person } from './api-client';
import { startProfile, type ProfileHarness } from './profile-harness';
import { aPlacedStartup, aProgrammeWithMilestones } from './progress-steps';

// Its own service: the reminder job looks at every startup, so counts are exact only on fresh storage.
let profile: ProfileHarness;
let council: Person;
let programmeId: string;
beforeAll(async () => {
  profile = await startProfile();
  profile.clock.set('2026-06-20T08:00:00Z');
  council = await profile.council();
  programmeId = await aProgrammeWithMilestones(profile, council);
});
afterAll(async () => {
  await profile.stop();
});

/** Months pass in these tests, so access tokens are taken afresh after the clock moves. */
const signIn = async (person: Person): Promise<Person> => ({
  ...person,
  token: (await profile.login(person.email, person.password)).accessToken,
});

const remindersStored = async (): Promise<string[]> =>
  (await (await profile.storage.collection({ name: 'mail_outbox' })).find({}))
    .map((doc) => doc._id)
    .filter((id) => id.startsWith('outcome-reminder:'))
    .sort();

describe('quarterly check-in reminders', () => {
  test('when a quarter ends without a check-in, then the startup is reminded once by email, and again only for the next missing quarter', async () => {
    const forgetful = await aPlacedStartup(profile, council, programmeId);
    const diligent = await aPlacedStartup(profile, council, programmeId);
    profile.clock.set('2026-08-10T08:00:00Z');
    await profile.request('PUT', `/v1/startups/${diligent.accountId}/outcomes/2026-Q3`, {
      token: (await signIn(diligent)).token,
      body: {
        employees: 4,
        womenEmployed: 2,
        youthEmployed: 3,
        revenueBand: 'under-10k',
        investmentRaised: { amountUsd: 0, source: 'none' },
        turkishDeals: [],
      },
    });
    const duringQuarter = await profile.runOutcomeReminders();

    profile.clock.set('2026-10-02T08:00:00Z');
    const afterQuarter = await profile.runOutcomeReminders();
    const passAgain = await profile.runOutcomeReminders();
    await profile.restart();
    const afterRestart = await profile.runOutcomeReminders();
    const due = await profile.request('GET', `/v1/startups/${forgetful.accountId}/outcomes`, {
      token: (await signIn(forgetful)).token,
    });

    expect([duringQuarter, afterQuarter, passAgain, afterRestart]).toEqual([0, 1, 0, 0]);
    expect(due.body.due).toEqual({ quarter: '2026-Q3', missing: true });
    const [, reminder] = await profile.mailTo(forgetful.email, 2);
    expect(reminder?.subject).toContain('2026-Q3');
    expect(reminder?.text).toContain('/check-in?quarter=2026-Q3');
    expect(await remindersStored()).toEqual([`outcome-reminder:${forgetful.accountId}/2026-Q3`]);

    profile.clock.set('2027-01-05T08:00:00Z');
    const nextQuarter = await profile.runOutcomeReminders();

    expect(nextQuarter).toBe(2);
    expect(await remindersStored()).toEqual(
      [
        `outcome-reminder:${forgetful.accountId}/2026-Q3`,
        `outcome-reminder:${forgetful.accountId}/2026-Q4`,
        `outcome-reminder:${diligent.accountId}/2026-Q4`,
      ].sort(),
    );
  });

  test('when a startup joined during the quarter that just ended, then it is not reminded for it (its first is the next)', async () => {
    profile.clock.set('2027-03-31T23:00:00Z');
    const newcomer = await aPlacedStartup(profile, await signIn(council), programmeId);
    profile.clock.set('2027-04-01T00:10:00Z');

    await profile.runOutcomeReminders();
    const due = await profile.request('GET', `/v1/startups/${newcomer.accountId}/outcomes`, {
      token: (await signIn(newcomer)).token,
    });

    expect(due.body.due).toBeNull();
    expect((await remindersStored()).some((id) => id.includes(newcomer.accountId))).toBe(false);
  });
});
