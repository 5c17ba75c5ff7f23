import { TOPICS } from '@jisr/contracts';
import { advisorUpserted, anEvent, startupUpserted } from '@jisr/test-kit';
import { tokenFor, aWorld, type Instance, type World } from './matching-world';
import { aStartupIn, anAdvisorIn, council, messagingAnswers, requestIntroduction, until } from './scenario';

describe('matching flow: profile events → recommendations → request → accepted → load and pipeline', () => {
  let world: World;
  let matching: Instance;

  beforeEach(async () => {
    // One partition per topic: an event handled proves that every earlier one on its topic was handled.
    world = await aWorld({ partitions: 1 });
    matching = await world.start();
  });
  afterEach(() => world.close());

  const funnel = () => matching.call('GET', '/v1/pipeline/funnel', council());
  const loadOf = async (advisorId: string) =>
    (await matching.call('GET', '/v1/pipeline/advisor-load', council())).body.items.find(
      (row: { advisorId: string }) => row.advisorId === advisorId,
    );

  test('when a verified startup asks, then it gets explained matches in the language it reads', async () => {
    const seeded = await aStartupIn(world, matching);
    const { advisor } = await anAdvisorIn(world, matching);
    const { advisor: noSharedLanguage } = await anAdvisorIn(world, matching, {
      languages: [{ code: 'it', proficiency: 'native' }],
    });

    const path = `/v1/startups/${seeded.startup.startupId}/recommendations`;
    const inArabic = await matching.call('GET', path, seeded.startupToken, undefined, {
      'accept-language': 'ar-LY,ar;q=0.9',
    });
    const inTurkish = await matching.call('GET', `${path}?lang=tr&limit=5`, seeded.startupToken, undefined, {
      'accept-language': 'ar',
    });

    expect(inArabic.status).toBe(200);
    expect(inArabic.headers.get('content-language')).toBe('ar');
    expect(inArabic.body.items.map((i: { advisorId: string }) => i.advisorId)).toEqual([advisor.advisorId]);
    expect(inArabic.body.items.map((i: { advisorId: string }) => i.advisorId)).not.toContain(
      noSharedLanguage.advisorId,
    );
    const [line] = inArabic.body.items[0].explanation;
    expect(line).toEqual(expect.objectContaining({ criterion: 'sector', sentence: expect.any(String) }));
    expect(line.sentence).toMatch(/[\u0600-\u06FF]/);
    const turkish: string = inTurkish.body.items[0].explanation[0].sentence;
    expect(turkish).not.toMatch(/[\u0600-\u06FF]/);
    expect(turkish).not.toBe(line.sentence);
  });

  test('when a request is accepted, then the advisor load and the pipeline move, and redelivered events change nothing', async () => {
    const first = await aStartupIn(world, matching, { centreId: 'centre-tripoli' });
    const second = await aStartupIn(world, matching, { name: { latin: 'Jabal Dates' } });
    const {
      advisor,
      advisorToken,
      event: advisorEvent,
    } = await anAdvisorIn(world, matching, { capacity: 3, centreId: 'centre-tripoli' });
    const before = (await funnel()).body.startups;

    const requested = await requestIntroduction(matching, first, advisor.advisorId);
    const [requestedEvent] = await world.eventsOf('introduction.requested');
    const afterRequest = (await funnel()).body.startups;
    const intro = {
      introductionId: requested.body.introductionId,
      startupId: first.startup.startupId,
      advisorId: advisor.advisorId,
    };
    const accepted = await messagingAnswers(world, 'introduction.accepted', intro);
    const seen = await until(
      () => matching.call('GET', `/v1/introductions/${intro.introductionId}`, first.startupToken),
      (r) => r.body.state === 'accepted',
      'acceptance applied',
    );

    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({
      state: 'requested',
      startupId: first.startup.startupId,
      advisorId: advisor.advisorId,
    });
    expect(requestedEvent?.payload).toMatchObject({
      introductionId: intro.introductionId,
      score: requested.body.score,
    });
    // The advisor's inbox shows every line of the fit, the shared-centre bonus included.
    expect(requestedEvent?.payload.explanation.map((line) => line.criterion)).toEqual([
      'sector',
      'stage',
      'language',
      'needs',
      'load',
      'place',
    ]);
    expect(requestedEvent?.payload.explanation.find((line) => line.criterion === 'place')).toEqual({
      criterion: 'place',
      score: 100,
      text: {
        en: 'Both belong to the same business development centre.',
        ar: 'تنتميان كلاكما إلى مركز تطوير الأعمال نفسه.',
        tr: 'İkiniz de aynı iş geliştirme merkezine bağlısınız.',
      },
    });
    expect(before).toMatchObject({ registered: 2, verified: 2, requested: 0, accepted: 0 });
    expect(afterRequest).toMatchObject({ requested: 1, accepted: 0 });
    expect(seen.body.acceptedAt).toEqual(accepted.occurredAt);
    expect(await loadOf(advisor.advisorId)).toMatchObject({ active: 1, open: 0, capacity: 3 });
    expect((await funnel()).body.startups).toMatchObject({ requested: 1, accepted: 1, active: 1 });

    // Redeliver the profile and lifecycle events (the same ids, and equal versions under new ids),
    // each followed on its topic by a marker we can observe.
    await world.publish(TOPICS.startup, first.event, startupUpserted(first.startup, { version: 1 }));
    const secondRequest = await requestIntroduction(matching, second, advisor.advisorId);
    await world.publish(TOPICS.introduction, accepted, accepted);
    await messagingAnswers(world, 'introduction.accepted', {
      ...intro,
      introductionId: secondRequest.body.introductionId,
      startupId: second.startup.startupId,
    });
    await world.publish(TOPICS.advisor, advisorEvent, advisorUpserted(advisor, { version: 1 }));
    await anAdvisorIn(world, matching, { sectors: ['01'] });
    await world.publish(
      TOPICS.startup,
      startupUpserted({ ...second.startup, name: { latin: 'Jabal Dates Co' } }, { version: 2 }),
    );
    await until(
      () => matching.call('GET', `/v1/advisors/${advisor.advisorId}/recommended-startups`, advisorToken),
      (r) => r.body.items.some((i: { name: string }) => i.name === 'Jabal Dates Co'),
      'startup marker applied',
    );
    await until(
      () =>
        matching.call('GET', `/v1/introductions/${secondRequest.body.introductionId}`, second.startupToken),
      (r) => r.body.state === 'accepted',
      'introduction marker applied',
    );

    expect(await loadOf(advisor.advisorId)).toMatchObject({ active: 2, open: 0 });
    expect((await funnel()).body.startups).toMatchObject({
      registered: 2,
      verified: 2,
      requested: 2,
      accepted: 2,
      active: 2,
    });
    expect((await funnel()).body.introductions).toMatchObject({ accepted: 2, requested: 0 });
    expect(world.published.filter((e) => e.type === 'introduction.requested')).toHaveLength(2);
  });

  test('when an accepted introduction completes, then the load is released and the pipeline counts completion', async () => {
    const seeded = await aStartupIn(world, matching);
    const { advisor } = await anAdvisorIn(world, matching);
    const requested = await requestIntroduction(matching, seeded, advisor.advisorId);
    const intro = {
      introductionId: requested.body.introductionId,
      startupId: seeded.startup.startupId,
      advisorId: advisor.advisorId,
    };
    await messagingAnswers(world, 'introduction.accepted', intro);
    world.clock.advance(3_600_000);

    await world.publish(
      TOPICS.introduction,
      anEvent('introduction.completed', { ...intro, by: 'startup', rating: 4 }, { version: 3 }),
    );
    const done = await until(
      () =>
        matching.call(
          'GET',
          `/v1/introductions/${intro.introductionId}`,
          tokenFor(advisor.advisorId, 'advisor'),
        ),
      (r) => r.body.state === 'completed',
      'completion applied',
    );

    expect(done.body).toMatchObject({ state: 'completed', rating: 4 });
    expect(await loadOf(advisor.advisorId)).toMatchObject({ active: 0, completed: 1 });
    expect((await funnel()).body.startups).toMatchObject({ accepted: 1, active: 0, completed: 1 });
  });
});
