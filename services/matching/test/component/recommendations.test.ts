import { TOPICS } from '@jisr/contracts';
import { anEvent } from '@jisr/test-kit';
import { aWorld, eventually, type Instance, type World } from './matching-world';
import { aStartupIn, anAdvisorIn } from './scenario';

describe('GET /v1/startups/:id/recommendations and /v1/advisors/:id/recommended-startups', () => {
  let world: World;
  let matching: Instance;

  beforeEach(async () => {
    world = await aWorld();
    matching = await world.start();
  });
  afterEach(() => world.close());

  const idsOf = (reply: { body: { items: { advisorId: string }[] } }) =>
    reply.body.items.map((i) => i.advisorId).sort();

  test('when filtered by offer, language or centre, then only advisors passing the filter are listed', async () => {
    const seeded = await aStartupIn(world, matching, {
      needs: [{ kind: 'investment', amountUsd: 80_000 }, { kind: 'mentoring' }],
      languages: [
        { code: 'ar', proficiency: 'native' },
        { code: 'tr', proficiency: 'basic' },
      ],
      centreId: 'centre-misrata',
    });
    const { advisor: mentor } = await anAdvisorIn(world, matching, {
      centreId: 'centre-misrata',
      languages: [
        { code: 'ar', proficiency: 'native' },
        { code: 'en', proficiency: 'fluent' },
      ],
    });
    const { advisor: investor } = await anAdvisorIn(world, matching, {
      roles: ['investor'],
      offers: ['investment'],
      ticket: { minUsd: 50_000, maxUsd: 250_000 },
      languages: [{ code: 'tr', proficiency: 'native' }],
    });
    const { advisor: smallTicket } = await anAdvisorIn(world, matching, {
      roles: ['investor'],
      offers: ['investment'],
      ticket: { minUsd: 5_000, maxUsd: 20_000 },
    });
    const path = `/v1/startups/${seeded.startup.startupId}/recommendations`;

    const all = await matching.call('GET', path, seeded.startupToken);
    const investment = await matching.call('GET', `${path}?offer=investment`, seeded.startupToken);
    const turkish = await matching.call('GET', `${path}?language=tr`, seeded.startupToken);
    const centre = await matching.call('GET', `${path}?centre=centre-misrata`, seeded.startupToken);
    const one = await matching.call('GET', `${path}?limit=1`, seeded.startupToken);

    expect(idsOf(all)).toEqual([investor.advisorId, mentor.advisorId, smallTicket.advisorId].sort());
    expect(idsOf(investment)).toEqual([investor.advisorId]);
    expect(idsOf(turkish)).toEqual([investor.advisorId, smallTicket.advisorId].sort());
    expect(idsOf(centre)).toEqual([mentor.advisorId]);
    expect(one.body.items).toHaveLength(1);
  });

  test('when an advisor asks which startups fit, then they get them ranked with explanations, and only for themselves', async () => {
    const { advisor, advisorToken } = await anAdvisorIn(world, matching, {
      sectors: ['62'],
      stages: ['prototype'],
    });
    const close = await aStartupIn(world, matching, { sector: '62', stage: 'prototype' });
    const far = await aStartupIn(world, matching, { sector: '01', stage: 'scale' });

    const mine = await matching.call(
      'GET',
      `/v1/advisors/${advisor.advisorId}/recommended-startups?lang=ar`,
      advisorToken,
    );
    const someoneElse = await matching.call(
      'GET',
      `/v1/advisors/${advisor.advisorId}/recommended-startups`,
      close.startupToken,
    );

    expect(mine.body.items.map((i: { startupId: string }) => i.startupId)).toEqual([
      close.startup.startupId,
      far.startup.startupId,
    ]);
    expect(mine.body.items[0].name).toBe(close.startup.name.latin);
    expect(mine.body.items[0].explanation[0].sentence).toMatch(/[\u0600-\u06FF]/);
    expect(someoneElse.status).toBe(403);
  });

  test('when a startup reads its matches, then each line has its sentence only, and text in all three with ?langs=all', async () => {
    const seeded = await aStartupIn(world, matching);
    await anAdvisorIn(world, matching);
    const path = `/v1/startups/${seeded.startup.startupId}/recommendations`;

    const reader = await matching.call('GET', `${path}?lang=tr`, seeded.startupToken);
    const all = await matching.call('GET', `${path}?lang=tr&langs=all`, seeded.startupToken);
    const wrong = await matching.call('GET', `${path}?langs=some`, seeded.startupToken);

    const line = reader.body.items[0].explanation[0];
    expect(Object.keys(line).sort()).toEqual(['contribution', 'criterion', 'score', 'sentence', 'weight']);
    expect(Object.keys(all.body.items[0].explanation[0].text).sort()).toEqual(['ar', 'en', 'tr']);
    expect(all.body.items[0].explanation[0].text.tr).toBe(line.sentence);
    expect(all.body.items[0].explanation[0].sentence).toBe(line.sentence);
    expect(JSON.stringify(reader.body).length).toBeLessThan(JSON.stringify(all.body).length);
    expect(wrong.status).toBe(400);
  });

  test('when a client accepts gzip, then a large page of matches comes gzipped and reads the same as plain', async () => {
    const seeded = await aStartupIn(world, matching);
    await anAdvisorIn(world, matching);
    await anAdvisorIn(world, matching);
    const path = `/v1/startups/${seeded.startup.startupId}/recommendations?langs=all`;

    const zipped = await matching.call('GET', path, seeded.startupToken, undefined, {
      'accept-encoding': 'gzip',
    });
    const plain = await matching.call('GET', path, seeded.startupToken, undefined, {
      'accept-encoding': 'identity',
    });

    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.text.length).toBeGreaterThan(2048);
    expect(zipped.body).toEqual(plain.body);
  });

  test('when an advisor pauses, then startups stop seeing them until they resume', async () => {
    const seeded = await aStartupIn(world, matching);
    const { advisor } = await anAdvisorIn(world, matching);
    const listed = async () =>
      (
        await matching.call(
          'GET',
          `/v1/startups/${seeded.startup.startupId}/recommendations`,
          seeded.startupToken,
        )
      ).body.items.some((i: { advisorId: string }) => i.advisorId === advisor.advisorId);

    await world.publish(
      TOPICS.advisor,
      anEvent('advisor.paused', { advisorId: advisor.advisorId, reason: 'unresponsive' }, { version: 2 }),
    );
    await eventually(async () => !(await listed()) || undefined, 'paused advisor hidden');
    await world.publish(
      TOPICS.advisor,
      anEvent('advisor.resumed', { advisorId: advisor.advisorId }, { version: 3 }),
    );

    await eventually(() => listed(), 'resumed advisor shown');
  });
});
