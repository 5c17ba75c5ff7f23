import { isDeepStrictEqual } from 'node:util';
import { TOPICS, type EventEnvelope } from '@jisr/contracts';
import { aProgramme, aStartupProfile, anAdvisorProfile, anEvent } from '@jisr/test-kit';
import { aWorld, eventually, tokenFor, type Instance, type World } from './matching-world';
import { council, messagingAnswers, requestIntroduction, until } from './scenario';

/** The profile history of a small programme, as the profile service would have published it. */
const aProfileHistory = () => {
  const programme = aProgramme();
  const startups = [
    aStartupProfile({ programmeId: programme.programmeId, cohortId: 'cohort-2026-a' }),
    aStartupProfile({
      sector: '62',
      stage: 'prototype',
      city: 'benghazi',
      needs: [{ kind: 'investment', amountUsd: 50_000 }],
    }),
    aStartupProfile({ sector: '01', stage: 'idea', verification: 'pending' }),
  ];
  const advisors = [
    anAdvisorProfile(),
    anAdvisorProfile({
      roles: ['investor'],
      offers: ['investment'],
      ticket: { minUsd: 20_000, maxUsd: 200_000 },
      sectors: ['62', '63'],
    }),
    anAdvisorProfile({ sectors: ['01', '10'], capacity: 1 }),
    anAdvisorProfile({ sectors: ['46'] }),
  ];
  const events: [string, EventEnvelope][] = [
    [TOPICS.programme, anEvent('programme.upserted', programme)],
    [
      TOPICS.programme,
      anEvent(
        'programme.weights-changed',
        {
          programmeId: programme.programmeId,
          weights: { sector: 0.5, stage: 0.1, language: 0.2, needs: 0.1, load: 0.1 },
        },
        { version: 2 },
      ),
    ],
    ...startups.map((s): [string, EventEnvelope] => [TOPICS.startup, anEvent('startup.upserted', s)]),
    [TOPICS.startup, anEvent('startup.verified', { startupId: startups[2]!.startupId }, { version: 2 })],
    [
      TOPICS.startup,
      anEvent('startup.upserted', { ...startups[1]!, stage: 'early-revenue' }, { version: 2 }),
    ],
    ...advisors.map((a): [string, EventEnvelope] => [TOPICS.advisor, anEvent('advisor.upserted', a)]),
    [
      TOPICS.advisor,
      anEvent('advisor.paused', { advisorId: advisors[0]!.advisorId, reason: 'self' }, { version: 2 }),
    ],
    [TOPICS.advisor, anEvent('advisor.resumed', { advisorId: advisors[0]!.advisorId }, { version: 3 })],
    [TOPICS.advisor, anEvent('advisor.deactivated', { advisorId: advisors[3]!.advisorId }, { version: 2 })],
  ];
  return { startups, advisors, events };
};

type History = ReturnType<typeof aProfileHistory>;

/** What users see of the read model: every list and the council's counts. */
const snapshot = async (matching: Instance, { startups, advisors }: History) => {
  const get = async (path: string, token: string) => (await matching.call('GET', path, token)).body;
  const lists = await Promise.all([
    ...startups.map((s) =>
      get(`/v1/startups/${s.startupId}/recommendations?limit=50`, tokenFor(s.startupId, 'startup')),
    ),
    ...advisors.map((a) =>
      get(`/v1/advisors/${a.advisorId}/recommended-startups?limit=50`, tokenFor(a.advisorId, 'advisor')),
    ),
  ]);
  return {
    lists: lists.map(
      (list) =>
        list.items?.map((i: { advisorId?: string; startupId?: string; score: number }) => [
          i.advisorId ?? i.startupId,
          i.score,
        ]) ?? list.code,
    ),
    funnel: await get('/v1/pipeline/funnel', council()),
    bySector: await get('/v1/pipeline/breakdown?by=sector', council()),
    load: await get('/v1/pipeline/advisor-load', council()),
  };
};

const publishAll = async (world: World, events: readonly [string, EventEnvelope][]) => {
  for (const [topic, event] of events) await world.publish(topic, event);
};

describe('matching read model: rebuilds', () => {
  let worlds: World[] = [];
  const newWorld = async () => {
    const world = await aWorld({ partitions: 1 });
    worlds.push(world);
    return world;
  };
  afterEach(async () => {
    for (const world of worlds) await world.close();
    worlds = [];
  });

  test('when the same profile events are replayed into a fresh instance, then it shows the same state', async () => {
    const history = aProfileHistory();
    const original = await newWorld();
    const first = await original.start();
    await publishAll(original, history.events);
    const expected = await eventually(async () => {
      const state = await snapshot(first, history);
      return state.funnel.startups.verified === 3 && state.load.items.length === 3 && state;
    }, 'original read model complete');

    const fresh = await newWorld();
    const second = await fresh.start();
    // Delivered newest first: the record must not depend on delivery order either.
    await publishAll(fresh, [...history.events].reverse());

    await eventually(
      async () => isDeepStrictEqual(await snapshot(second, history), expected),
      'fresh instance converged',
    );
    expect(
      expected.lists.filter((list: unknown) => Array.isArray(list) && list.length > 0).length,
    ).toBeGreaterThan(3);
  });

  test('when an instance restarts on its storage, then its index, loads and requests come back as they were', async () => {
    const history = aProfileHistory();
    const world = await newWorld();
    const before = await world.start();
    await publishAll(world, history.events);
    const [startup] = history.startups;
    const advisorId = history.advisors[0]!.advisorId;
    const seeded = {
      startup: startup!,
      startupToken: tokenFor(startup!.startupId, 'startup'),
      event: history.events[0]![1],
    };
    await until(
      () =>
        before.call('GET', `/v1/advisors/${advisorId}/recommended-startups`, tokenFor(advisorId, 'advisor')),
      (r) => r.status === 200,
      'advisor indexed',
    );
    const { body } = await requestIntroduction(before, seeded, advisorId);
    await messagingAnswers(world, 'introduction.accepted', {
      introductionId: body.introductionId,
      startupId: startup!.startupId,
      advisorId,
    });
    await until(
      () => before.call('GET', `/v1/introductions/${body.introductionId}`, council()),
      (r) => r.body.state === 'accepted',
      'accepted',
    );
    await until(
      () => before.call('GET', '/v1/pipeline/funnel', council()),
      (r) => r.body.startups.verified === 3,
      'all verified',
    );
    const expected = await snapshot(before, history);
    await before.stop();

    const after = await world.start();

    expect(await snapshot(after, history)).toEqual(expected);
    expect(expected.load.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ advisorId, active: 1 })]),
    );
  });
});
