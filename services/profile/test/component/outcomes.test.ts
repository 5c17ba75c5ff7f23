import type { Person } from './api-client';
import { startProfile, type ProfileHarness } from './profile-harness';
import { aPlacedStartup, aProgrammeWithMilestones, introduce, progressEventAbout } from './progress-steps';

let profile: ProfileHarness;
let council: Person;
let programmeId: string;
beforeAll(async () => {
  profile = await startProfile();
  council = await profile.council();
  programmeId = await aProgrammeWithMilestones(profile, council);
  profile.clock.set('2026-11-20T10:00:00Z');
});
afterAll(async () => {
  await profile.stop();
});

const aReport = (overrides: object = {}) => ({
  employees: 12,
  womenEmployed: 5,
  youthEmployed: 7,
  revenueBand: '50k-250k',
  investmentRaised: { amountUsd: 150_000, source: 'turkish-investor-via-jisr' },
  turkishDeals: [
    { kind: 'partnership', company: 'Ege Enerji Yatırım' },
    { kind: 'export', company: 'Anadolu Gıda', valueUsd: 40_000 },
  ],
  ...overrides,
});
const report = (startup: Person, quarter: string, body: object, language = 'en') =>
  profile.request('PUT', `/v1/startups/${startup.accountId}/outcomes/${quarter}`, {
    token: startup.token,
    body,
    headers: { 'accept-language': language },
  });
const history = (startup: Person, reader: Person = startup) =>
  profile.request('GET', `/v1/startups/${startup.accountId}/outcomes`, { token: reader.token });

describe('PUT /v1/startups/:startupId/outcomes/:quarter', () => {
  test('when a startup reports its quarter, then it is stored and progress.outcome-reported carries counts, not company names', async () => {
    const startup = await aPlacedStartup(profile, council, programmeId);

    const saved = await report(startup, '2026-Q4', aReport());

    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ quarter: '2026-Q4', report: aReport(), revisions: [{ revision: 1 }] });
    const { event } = await progressEventAbout(profile, 'progress.outcome-reported', startup);
    expect(event.payload).toEqual({
      programmeId,
      startupId: startup.accountId,
      cohortId: 'spring-2025',
      centreId: 'tripoli',
      at: '2026-11-20T10:00:00.000Z',
      quarter: '2026-Q4',
      employees: 12,
      womenEmployed: 5,
      youthEmployed: 7,
      revenueBand: '50k-250k',
      investmentRaised: { amountUsd: 150_000, source: 'turkish-investor-via-jisr' },
      partnerships: 1,
      exportDeals: 1,
    });
  });

  test('when more women or youth than employees are reported, then 400 names each field in the reader’s language', async () => {
    const startup = await aPlacedStartup(profile, council, programmeId);
    const wrong = aReport({ employees: 3, womenEmployed: 4, youthEmployed: 5 });

    const inArabic = await report(startup, '2026-Q4', wrong, 'ar');
    const inTurkish = await report(startup, '2026-Q4', wrong, 'tr');

    expect(inArabic.status).toBe(400);
    expect(inArabic.body.code).toBe('OUTCOME.INVALID');
    expect(inArabic.body.errors).toEqual([
      {
        path: 'body.womenEmployed',
        code: 'outcome.more-than-employees',
        message: 'لا يمكن أن يزيد على عدد الموظفين',
      },
      {
        path: 'body.youthEmployed',
        code: 'outcome.more-than-employees',
        message: 'لا يمكن أن يزيد على عدد الموظفين',
      },
    ]);
    expect(inTurkish.body.errors[0].message).toBe('çalışan sayısından fazla olamaz');
    expect((await history(startup)).body.items).toEqual([]);
  });

  test('when money is raised without a source, or a source without money, or the quarter is still to come, then 400 says which', async () => {
    const startup = await aPlacedStartup(profile, council, programmeId);

    const noSource = await report(
      startup,
      '2026-Q4',
      aReport({ investmentRaised: { amountUsd: 5000, source: 'none' } }),
    );
    const noAmount = await report(
      startup,
      '2026-Q4',
      aReport({ investmentRaised: { amountUsd: 0, source: 'grant' } }),
    );
    const future = await report(startup, '2027-Q1', aReport());
    const negative = await report(startup, '2026-Q4', aReport({ employees: -1 }));

    expect(noSource.body.errors).toEqual([expect.objectContaining({ path: 'body.investmentRaised.source' })]);
    expect(noAmount.body.errors).toEqual([
      expect.objectContaining({ path: 'body.investmentRaised.amountUsd' }),
    ]);
    expect(future.body.errors).toEqual([
      expect.objectContaining({ path: 'params.quarter', code: 'outcome.future-quarter' }),
    ]);
    expect(negative.status).toBe(400);
    expect(negative.body.errors).toEqual([expect.objectContaining({ path: 'body.employees' })]);
  });

  test('when the same quarter is reported again, then it is amended and the earlier revision is kept', async () => {
    const startup = await aPlacedStartup(profile, council, programmeId);
    await report(startup, '2026-Q3', aReport({ employees: 8, womenEmployed: 3 }));
    await report(startup, '2026-Q4', aReport());

    profile.clock.set('2026-11-20T10:05:00Z');
    const amended = await report(startup, '2026-Q4', aReport({ employees: 14 }));
    const listed = await history(startup);
    profile.clock.set('2026-11-20T10:00:00Z');

    expect(amended.body.revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
    expect(listed.body.items.map((item: { quarter: string }) => item.quarter)).toEqual([
      '2026-Q4',
      '2026-Q3',
    ]);
    const [q4] = listed.body.items;
    expect(q4.report.employees).toBe(14);
    expect(q4.revisions.map((r: { report: { employees: number } }) => r.report.employees)).toEqual([12, 14]);
    expect(q4.reportedAt).toBe('2026-11-20T10:05:00.000Z');
  });

  test('when someone else reports for the startup, or the startup is in no programme, then it is refused (404 to someone else, 409 unplaced)', async () => {
    const startup = await aPlacedStartup(profile, council, programmeId);
    const other = await aPlacedStartup(profile, council, programmeId);
    const unplaced = await profile.aStartupWithProfile();

    const byOther = await profile.request('PUT', `/v1/startups/${startup.accountId}/outcomes/2026-Q4`, {
      token: other.token,
      body: aReport(),
    });
    const notPlaced = await report(unplaced, '2026-Q4', aReport());

    expect([byOther.status, byOther.body.code]).toEqual([404, 'PROFILE.NOT_FOUND']);
    expect(notPlaced.status).toBe(409);
    expect(notPlaced.body.code).toBe('PROGRESS.NO_PROGRAMME');
  });
});

describe('GET /v1/startups/:startupId/outcomes', () => {
  test('when the startup’s mentor or staff read the history, then they may; an unrelated advisor is told there is no such startup', async () => {
    const startup = await aPlacedStartup(profile, council, programmeId);
    const mentor = await profile.anAdvisorWithProfile();
    const stranger = await profile.anAdvisorWithProfile();
    await introduce(profile, mentor, startup);
    await report(startup, '2026-Q4', aReport());

    expect((await history(startup, mentor)).status).toBe(200);
    expect((await history(startup, council)).body.items).toHaveLength(1);
    expect((await history(startup, stranger)).status).toBe(404);
  });
});
