import { TOPICS, type EventEnvelope } from '@jisr/contracts';
import { aProgramme, anEvent } from '@jisr/test-kit';
import { aWorld, tokenFor, type Instance, type World } from './matching-world';
import { aStartupIn, council, until } from './scenario';

const observer = (): string => tokenFor('observer-1', 'council', { staffRoles: ['observer'] });
const coordinatorOf = (centreIds: string[]): string =>
  tokenFor('coordinator-1', 'council', { staffRoles: ['centre-coordinator'], centreIds });

describe('GET /v1/reports/:scope/:id (programme.progress.v1 counted)', () => {
  let world: World;
  let matching: Instance;
  const programme = aProgramme({ cohorts: [{ cohortId: 'cohort-a', name: 'Spring 2027' }] });
  const placed = { programmeId: programme.programmeId, cohortId: 'cohort-a', centreId: 'centre-misrata' };

  beforeEach(async () => {
    world = await aWorld();
    matching = await world.start();
    await world.publish(TOPICS.programme, anEvent('programme.upserted', programme));
  });
  afterEach(() => world.close());

  const outcome = (startupId: string, quarter: string, at: string, over: Record<string, unknown>) =>
    anEvent('progress.outcome-reported', {
      ...placed,
      startupId,
      at,
      quarter,
      employees: 3,
      womenEmployed: 1,
      youthEmployed: 1,
      revenueBand: 'none',
      investmentRaised: { amountUsd: 0, source: 'none' },
      partnerships: 0,
      exportDeals: 0,
      ...over,
    });

  const progressOfTwoStartups = async (): Promise<EventEnvelope[]> => {
    const one = (await aStartupIn(world, matching, placed)).startup.startupId;
    const two = (await aStartupIn(world, matching, placed)).startup.startupId;
    const at = (day: number) =>
      `2027-0${day < 10 ? 1 : 2}-${String((day % 28) + 1).padStart(2, '0')}T09:00:00Z`;
    return [
      anEvent('progress.registered', { ...placed, startupId: one, at: at(1), sessionId: 'ts-1' }),
      anEvent('progress.registered', { ...placed, startupId: two, at: at(1), sessionId: 'ts-1' }),
      anEvent('progress.attended', { ...placed, startupId: one, at: at(2), sessionId: 'ts-1' }),
      anEvent('progress.milestone-reached', {
        ...placed,
        startupId: one,
        at: at(3),
        phaseId: 'p1',
        milestoneId: 'm1',
      }),
      anEvent('progress.milestone-confirmed', {
        ...placed,
        startupId: one,
        at: at(4),
        phaseId: 'p1',
        milestoneId: 'm1',
      }),
      outcome(one, '2026-Q4', at(5), {
        employees: 4,
        womenEmployed: 1,
        youthEmployed: 2,
        revenueBand: 'none',
      }),
      outcome(one, '2027-Q1', at(11), {
        employees: 7,
        womenEmployed: 3,
        youthEmployed: 4,
        revenueBand: '10k-50k',
        investmentRaised: { amountUsd: 50_000, source: 'turkish-investor-via-jisr' },
        partnerships: 2,
        exportDeals: 1,
      }),
      outcome(two, '2027-Q1', at(12), {
        employees: 2,
        womenEmployed: 2,
        youthEmployed: 0,
        revenueBand: 'under-10k',
      }),
    ];
  };

  test('when startups attend, reach milestones and report outcomes, then the cohort report counts them and the change since entry', async () => {
    const events = await progressOfTwoStartups();
    await world.publish(TOPICS.progress, ...events, ...events);

    const report = await until(
      () => matching.call('GET', '/v1/reports/cohort/cohort-a', observer()),
      (r) => r.status === 200 && r.body.outcomes.startupsReporting === 2,
      'the progress of both startups counted',
    );
    const funnel = await matching.call('GET', '/v1/pipeline/funnel?cohort=cohort-a', council());

    expect(report.body).toMatchObject({
      scope: { kind: 'cohort', id: 'cohort-a', label: { en: 'Spring 2027' } },
      startups: 2,
      attendance: { registrations: 2, attendances: 1, startups: 1 },
      milestones: { reached: 1, confirmed: 1, startupsReached: 1, startupsConfirmed: 1 },
      outcomes: {
        employees: { entry: 6, latest: 9 },
        womenEmployed: { entry: 3, latest: 5 },
        youthEmployed: { entry: 2, latest: 4 },
        revenueBand: { up: 1, same: 1, down: 0 },
        investmentUsd: { 'turkish-investor-via-jisr': 50_000, grant: 0 },
        partnerships: 2,
        exportDeals: 1,
      },
    });
    expect(report.body.byQuarter.map((q: { quarter: string }) => q.quarter)).toEqual(['2026-Q4', '2027-Q1']);
    expect(funnel.body.progress).toEqual({
      registeredForTraining: 2,
      attendedTraining: 1,
      reachedMilestone: 1,
      confirmedMilestone: 1,
      reportedOutcome: 2,
    });
  });

  test('when a centre coordinator asks, then their centre is readable, a cohort is refused with 403 and another centre answers 404 as a missing one', async () => {
    const events = await progressOfTwoStartups();
    await world.publish(TOPICS.progress, ...events);
    await until(
      () => matching.call('GET', '/v1/reports/centre/centre-misrata', observer()),
      (r) => r.status === 200 && r.body.attendance.attendances === 1,
      'the centre report',
    );

    const own = await matching.call(
      'GET',
      '/v1/reports/centre/centre-misrata',
      coordinatorOf(['centre-misrata']),
    );
    const cohort = await matching.call(
      'GET',
      '/v1/reports/cohort/cohort-a',
      coordinatorOf(['centre-misrata']),
    );
    const other = await matching.call(
      'GET',
      '/v1/reports/centre/centre-misrata',
      coordinatorOf(['centre-sabha']),
    );
    const startup = await matching.call('GET', '/v1/reports/cohort/cohort-a', tokenFor('s-1', 'startup'));

    expect(own.status).toBe(200);
    expect([cohort.status, cohort.body.code]).toEqual([403, 'MATCHING.REPORT_FORBIDDEN']);
    expect([other.status, other.body.code]).toEqual([404, 'MATCHING.REPORT_NOT_FOUND']);
    expect(startup.status).toBe(403);
  });

  test('when the scope is unknown or malformed, then 404 and 400 with the field named', async () => {
    const unknown = await matching.call('GET', '/v1/reports/programme/no-such-programme', observer());
    const malformed = await matching.call('GET', '/v1/reports/galaxy/x', observer());

    expect([unknown.status, unknown.body.code]).toEqual([404, 'MATCHING.REPORT_NOT_FOUND']);
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.map((e: { path: string }) => e.path)).toContain('params.scope');
  });
});
