import { TOPICS, type EventEnvelope } from '@jisr/contracts';
import { aProgramme, anEvent } from '@jisr/test-kit';
import { aWorld, tokenFor, type Instance, type World } from './matching-world';
import { aStartupIn, council, until } from './scenario';

const observer = (): string => tokenFor('observer-1', 'council', { staffRoles: ['observer'] });

let world: World;
let matching: Instance;
const programme = aProgramme({ cohorts: [{ cohortId: 'cohort-e', name: 'Autumn 2027' }] });
const placed = { programmeId: programme.programmeId, cohortId: 'cohort-e', centreId: 'centre-sabha' };

beforeEach(async () => {
  // One partition per topic: a later event handled proves that every earlier one on its topic was.
  world = await aWorld({ partitions: 1 });
  matching = await world.start();
  await world.publish(TOPICS.programme, anEvent('programme.upserted', programme));
});
afterEach(() => world.close());

const at = (day: number) => `2027-03-${String(day).padStart(2, '0')}T09:00:00Z`;
const report = () => matching.call('GET', '/v1/reports/cohort/cohort-e', observer());

describe('the progress projection when a startup is erased (startup.erased)', () => {
  const outcome = (startupId: string, quarter: string, day: number, employees: number) =>
    anEvent('progress.outcome-reported', {
      ...placed,
      startupId,
      at: at(day),
      quarter,
      employees,
      womenEmployed: 1,
      youthEmployed: 1,
      revenueBand: 'under-10k',
      investmentRaised: { amountUsd: 0, source: 'none' },
      partnerships: 1,
      exportDeals: 0,
    });
  const progressOf = (startupId: string, sessionId: string): EventEnvelope[] => [
    anEvent('progress.registered', { ...placed, startupId, at: at(1), sessionId }),
    anEvent('progress.attended', { ...placed, startupId, at: at(2), sessionId }),
    anEvent('progress.milestone-reached', {
      ...placed,
      startupId,
      at: at(3),
      phaseId: 'p1',
      milestoneId: 'm1',
    }),
    anEvent('progress.milestone-confirmed', {
      ...placed,
      startupId,
      at: at(4),
      phaseId: 'p1',
      milestoneId: 'm1',
    }),
    outcome(startupId, '2026-Q4', 5, 3),
    outcome(startupId, '2027-Q1', 6, 5),
  ];
  const rowsOf = async (startupId: string) =>
    (await (await matching.storage.collection({ name: 'programme_progress' })).find({})).filter(
      (doc) => (doc as { startupId?: string }).startupId === startupId,
    );

  test('when a startup with progress is erased, then its projected rows are gone and the report and funnel count only the others', async () => {
    const leaving = (await aStartupIn(world, matching, placed)).startup.startupId;
    const staying = (await aStartupIn(world, matching, placed)).startup.startupId;
    await world.publish(TOPICS.progress, ...progressOf(leaving, 'ts-1'), ...progressOf(staying, 'ts-1'));
    const before = await until(report, (r) => r.body.outcomes?.startupsReporting === 2, 'both counted');
    const rowsBefore = await rowsOf(leaving);

    await world.publish(TOPICS.startup, anEvent('startup.erased', { startupId: leaving }, { version: 2 }));
    const after = await until(report, (r) => r.body.startups === 1, 'the erased startup left the report');
    const funnel = await matching.call('GET', '/v1/pipeline/funnel?cohort=cohort-e', council());

    expect(rowsBefore).toHaveLength(1);
    expect(before.body).toMatchObject({
      startups: 2,
      attendance: { registrations: 2, attendances: 2, startups: 2 },
      milestones: { reached: 2, confirmed: 2 },
      outcomes: { startupsReporting: 2, employees: { entry: 6, latest: 10 }, partnerships: 4 },
    });
    expect(await rowsOf(leaving)).toEqual([]);
    expect(await rowsOf(staying)).toHaveLength(1);
    expect(after.body).toMatchObject({
      startups: 1,
      attendance: { registrations: 1, attendances: 1, startups: 1 },
      milestones: { reached: 1, confirmed: 1 },
      outcomes: { startupsReporting: 1, employees: { entry: 3, latest: 5 }, partnerships: 2 },
    });
    expect(funnel.body.progress).toEqual({
      registeredForTraining: 1,
      attendedTraining: 1,
      reachedMilestone: 1,
      confirmedMilestone: 1,
      reportedOutcome: 1,
    });
  });

  test('when the erasure comes again, or progress of the erased startup comes late, then nothing of it returns', async () => {
    const leaving = (await aStartupIn(world, matching, placed)).startup.startupId;
    const staying = (await aStartupIn(world, matching, placed)).startup.startupId;
    const erased = anEvent('startup.erased', { startupId: leaving }, { version: 2 });
    await world.publish(TOPICS.progress, ...progressOf(leaving, 'ts-1'), ...progressOf(staying, 'ts-1'));
    await world.publish(TOPICS.startup, erased);
    const first = await until(report, (r) => r.body.startups === 1, 'the erased startup left the report');

    await world.publish(
      TOPICS.startup,
      erased,
      anEvent('startup.erased', { startupId: leaving }, { version: 3 }),
    );
    await world.publish(TOPICS.progress, ...progressOf(leaving, 'ts-2'));
    // Markers behind the repeats on both topics: once they count, every repeat before them was handled.
    await aStartupIn(world, matching, { ...placed, name: { latin: 'Marker Foods' } });
    await world.publish(
      TOPICS.progress,
      anEvent('progress.registered', { ...placed, startupId: staying, at: at(7), sessionId: 'ts-2' }),
    );
    const last = await until(
      report,
      (r) => r.body.attendance?.registrations === 2 && r.body.startups === 2,
      'the markers counted',
    );

    expect(await rowsOf(leaving)).toEqual([]);
    expect(last.body).toMatchObject({
      attendance: { registrations: 2, attendances: 1, startups: 1 },
      milestones: first.body.milestones,
      outcomes: first.body.outcomes,
    });
  });
});

describe('the progress projection when a milestone is sent back (progress.milestone-sent-back)', () => {
  const milestone = (
    type: 'progress.milestone-reached' | 'progress.milestone-sent-back',
    startupId: string,
    day: number,
  ) =>
    anEvent(type, {
      ...placed,
      startupId,
      at: at(day),
      phaseId: 'p1',
      milestoneId: 'm1',
    });

  test('when a claim is sent back, even twice over, then the report and funnel no longer count it; a claim made again counts', async () => {
    const sentBack = (await aStartupIn(world, matching, placed)).startup.startupId;
    const claimedAgain = (await aStartupIn(world, matching, placed)).startup.startupId;
    const refused = milestone('progress.milestone-sent-back', sentBack, 2);
    await world.publish(
      TOPICS.progress,
      milestone('progress.milestone-reached', sentBack, 1),
      milestone('progress.milestone-reached', claimedAgain, 1),
      refused,
      refused,
      milestone('progress.milestone-sent-back', claimedAgain, 2),
      milestone('progress.milestone-reached', claimedAgain, 3),
      // A marker: one partition, so once it counts every event before it was handled.
      anEvent('progress.registered', {
        ...placed,
        startupId: claimedAgain,
        at: at(4),
        sessionId: 's1',
      }),
    );

    const counted = await until(
      report,
      (r) => r.status === 200 && r.body.attendance.registrations === 1,
      'the marker counted',
    );
    const funnel = await matching.call('GET', '/v1/pipeline/funnel?cohort=cohort-e', council());

    expect(counted.body.milestones).toMatchObject({ reached: 1, startupsReached: 1, confirmed: 0 });
    expect(funnel.body.progress).toMatchObject({ reachedMilestone: 1, confirmedMilestone: 0 });
  });
});
