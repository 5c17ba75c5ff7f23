import { TOPICS } from '@jisr/contracts';
import { anEvent } from '@jisr/test-kit';
import { deadLetterTopic } from '@jisr/event-bus';
import { aWorld, eventually, tokenFor, type Instance, type World } from './matching-world';
import { aStartupIn, anAdvisorIn, council, messagingAnswers, requestIntroduction, until } from './scenario';

const PROBLEM = 'application/problem+json';

describe('matching API: object-level access', () => {
  let world: World;
  let matching: Instance;

  beforeAll(async () => {
    world = await aWorld();
    matching = await world.start();
  });
  afterAll(() => world.close());

  test('when a startup reads another startup’s recommendations or requests, then it is told they do not exist (404)', async () => {
    const mine = await aStartupIn(world, matching);
    const theirs = await aStartupIn(world, matching);

    const recommendations = await matching.call(
      'GET',
      `/v1/startups/${theirs.startup.startupId}/recommendations`,
      mine.startupToken,
    );
    const requests = await matching.call(
      'GET',
      `/v1/startups/${theirs.startup.startupId}/introductions`,
      mine.startupToken,
    );

    expect([recommendations.status, requests.status]).toEqual([404, 404]);
    expect(recommendations.type).toContain(PROBLEM);
    expect(recommendations.body.code).toBe('MATCHING.STARTUP_NOT_MATCHABLE');
  });

  test('when a startup has not verified its email address, then its introduction request is refused with 403 AUTH.EMAIL_UNVERIFIED', async () => {
    const startup = await aStartupIn(world, matching);
    const { advisor } = await anAdvisorIn(world, matching);
    const unverified = tokenFor(startup.startup.startupId, 'startup', { emailVerified: false });

    const refused = await matching.call('POST', '/v1/introductions', unverified, {
      advisorId: advisor.advisorId,
      note: 'Hello',
    });
    const verified = await requestIntroduction(matching, startup, advisor.advisorId);

    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('AUTH.EMAIL_UNVERIFIED');
    expect(verified.status).toBe(201);
  });

  test('when a startup reads or withdraws another startup’s request, then it is told there is no such request', async () => {
    const owner = await aStartupIn(world, matching);
    const other = await aStartupIn(world, matching);
    const { advisor } = await anAdvisorIn(world, matching);
    const { body } = await requestIntroduction(matching, owner, advisor.advisorId);

    const read = await matching.call('GET', `/v1/introductions/${body.introductionId}`, other.startupToken);
    const withdraw = await matching.call(
      'POST',
      `/v1/introductions/${body.introductionId}/withdraw`,
      other.startupToken,
      {},
    );
    const ownList = await matching.call(
      'GET',
      `/v1/startups/${owner.startup.startupId}/introductions`,
      owner.startupToken,
    );

    expect([read.status, withdraw.status]).toEqual([404, 404]);
    expect(withdraw.body.code).toBe('MATCHING.INTRODUCTION_NOT_FOUND');
    expect(ownList.body.items.map((i: { introductionId: string }) => i.introductionId)).toEqual([
      body.introductionId,
    ]);
  });

  test('when the council or the advisor reads an advisor’s requests, then both see them newest first; another advisor is told they do not exist and a startup is refused by role', async () => {
    const { advisor, advisorToken } = await anAdvisorIn(world, matching);
    const first = await aStartupIn(world, matching);
    const second = await aStartupIn(world, matching);
    const older = await requestIntroduction(matching, first, advisor.advisorId);
    const newer = await requestIntroduction(matching, second, advisor.advisorId);
    const path = `/v1/advisors/${advisor.advisorId}/introductions`;

    const asCouncil = await matching.call('GET', path, council());
    const asAdvisor = await matching.call('GET', path, advisorToken);
    const asOther = await matching.call('GET', path, tokenFor('advisor-other', 'advisor'));
    const asStartup = await matching.call('GET', path, first.startupToken);

    type Item = { introductionId: string; requestedAt: string };
    const ids = [newer.body.introductionId, older.body.introductionId].sort();
    const times = (items: Item[]) => items.map((i) => i.requestedAt);
    expect(asCouncil.body.items.map((i: Item) => i.introductionId).sort()).toEqual(ids);
    expect(asAdvisor.body.items.map((i: Item) => i.introductionId).sort()).toEqual(ids);
    // Two requests may share a millisecond; newest first means never older before newer.
    expect(times(asCouncil.body.items)).toEqual([...times(asCouncil.body.items)].sort().reverse());
    expect([asOther.status, asOther.body.code]).toEqual([404, 'MATCHING.ADVISOR_NOT_MATCHABLE']);
    expect([asStartup.status, asStartup.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);
  });

  test.each([
    ['GET', '/v1/pipeline/funnel'],
    ['GET', '/v1/pipeline/breakdown?by=sector'],
    ['GET', '/v1/pipeline/advisor-load'],
    ['GET', '/v1/pipeline/export.csv?view=funnel'],
    ['GET', '/v1/research/sectors'],
    ['POST', '/v1/cohort-rounds'],
    ['GET', '/v1/cohort-rounds/some-round'],
  ])(
    'when a startup or an advisor calls %s %s, then only the council gets through (403)',
    async (method, path) => {
      const body = method === 'POST' ? { cohortId: 'cohort-x' } : undefined;

      const asStartup = await matching.call(method, path, tokenFor('startup-x', 'startup'), body);
      const asAdvisor = await matching.call(method, path, tokenFor('advisor-x', 'advisor'), body);
      const anonymous = await matching.call(method, path, null, body);

      expect([asStartup.status, asAdvisor.status, anonymous.status]).toEqual([403, 403, 401]);
      expect(asAdvisor.body.code).toBe('AUTH.FORBIDDEN');
    },
  );
});

describe('matching API: bad input and request rules', () => {
  let world: World;
  let matching: Instance;

  beforeAll(async () => {
    world = await aWorld();
    matching = await world.start({ env: { MATCHING_MAX_OPEN_REQUESTS: '3' } });
  });
  afterAll(() => world.close());

  test.each([
    ['limit above 50', '?limit=51', 'query.limit'],
    ['an unknown filter', '?colour=red', 'query.colour'],
    ['an unknown offer', '?offer=cash', 'query.offer'],
    ['an unsupported locale', '?lang=fr', 'query.lang'],
  ])(
    'when recommendations are asked with %s, then the answer is a 400 problem naming the field',
    async (_what, query, path) => {
      const seeded = await aStartupIn(world, matching);

      const reply = await matching.call(
        'GET',
        `/v1/startups/${seeded.startup.startupId}/recommendations${query}`,
        seeded.startupToken,
      );

      expect(reply.status).toBe(400);
      expect(reply.type).toContain(PROBLEM);
      expect(reply.body).toMatchObject({
        code: 'REQUEST.INVALID',
        errors: [expect.objectContaining({ path })],
      });
    },
  );

  test.each([
    ['no note', { advisorId: 'a' }, 'body.note'],
    ['an unknown field', { advisorId: 'a', note: 'hi', urgent: true }, 'body.urgent'],
    ['a note too long', { advisorId: 'a', note: 'x'.repeat(1001) }, 'body.note'],
  ])('when a request is sent with %s, then it is refused with 400', async (_what, body, path) => {
    const seeded = await aStartupIn(world, matching);

    const reply = await matching.call('POST', '/v1/introductions', seeded.startupToken, body);

    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([expect.objectContaining({ path })]);
  });

  test('when the advisor shares no language with the startup, then the request is refused with 422 (not a match)', async () => {
    const seeded = await aStartupIn(world, matching, { languages: [{ code: 'ar', proficiency: 'native' }] });
    const { advisor } = await anAdvisorIn(world, matching, {
      languages: [{ code: 'tr', proficiency: 'native' }],
    });

    const reply = await requestIntroduction(matching, seeded, advisor.advisorId);

    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('MATCHING.NOT_A_MATCH');
  });

  test('when the startup already asked this advisor, or has three open requests, then it is refused with 409', async () => {
    const seeded = await aStartupIn(world, matching);
    const advisors = await Promise.all([1, 2, 3, 4].map(() => anAdvisorIn(world, matching)));
    const [a1, a2, a3, a4] = advisors.map((a) => a.advisor.advisorId) as [string, string, string, string];

    const first = await requestIntroduction(matching, seeded, a1);
    const duplicate = await requestIntroduction(matching, seeded, a1);
    await requestIntroduction(matching, seeded, a2);
    await requestIntroduction(matching, seeded, a3);
    const fourth = await requestIntroduction(matching, seeded, a4);
    await matching.call(
      'POST',
      `/v1/introductions/${first.body.introductionId}/withdraw`,
      seeded.startupToken,
      { reason: 'changed plans' },
    );
    const afterWithdrawal = await requestIntroduction(matching, seeded, a4);

    expect(first.status).toBe(201);
    expect([duplicate.status, duplicate.body.code]).toEqual([409, 'MATCHING.DUPLICATE_REQUEST']);
    expect([fourth.status, fourth.body.code]).toEqual([409, 'MATCHING.TOO_MANY_OPEN_REQUESTS']);
    expect(afterWithdrawal.status).toBe(201);
    expect((await world.eventsOf('introduction.withdrawn'))[0]?.payload).toMatchObject({
      introductionId: first.body.introductionId,
      reason: 'changed plans',
    });
  });

  test('when one startup sends five requests at the same moment, then exactly three are accepted', async () => {
    const seeded = await aStartupIn(world, matching);
    const advisors = await Promise.all([1, 2, 3, 4, 5].map(() => anAdvisorIn(world, matching)));

    const replies = await Promise.all(
      advisors.map(({ advisor }) => requestIntroduction(matching, seeded, advisor.advisorId)),
    );

    expect(replies.filter((r) => r.status === 201)).toHaveLength(3);
    expect(replies.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^MATCHING\.(TOO_MANY_OPEN_REQUESTS|CONCURRENT_REQUEST)$/),
      ]),
    );
    const own = await matching.call(
      'GET',
      `/v1/startups/${seeded.startup.startupId}/introductions`,
      seeded.startupToken,
    );
    expect(own.body.items).toHaveLength(3);
  });

  test('when the advisor is at full load, then a request is refused with 409 and they are no longer recommended', async () => {
    const seeded = await aStartupIn(world, matching);
    const other = await aStartupIn(world, matching);
    const { advisor } = await anAdvisorIn(world, matching, { capacity: 1 });
    const { body } = await requestIntroduction(matching, other, advisor.advisorId);
    await messagingAnswers(world, 'introduction.accepted', {
      introductionId: body.introductionId,
      startupId: other.startup.startupId,
      advisorId: advisor.advisorId,
    });
    await until(
      () => matching.call('GET', '/v1/pipeline/advisor-load', council()),
      (r) =>
        r.body.items.some(
          (row: { advisorId: string; active: number }) =>
            row.advisorId === advisor.advisorId && row.active === 1,
        ),
      'acceptance counted',
    );

    const reply = await requestIntroduction(matching, seeded, advisor.advisorId);

    expect([reply.status, reply.body.code]).toEqual([409, 'MATCHING.ADVISOR_FULL']);
    const list = await matching.call(
      'GET',
      `/v1/startups/${seeded.startup.startupId}/recommendations`,
      seeded.startupToken,
    );
    expect(list.body.items.map((i: { advisorId: string }) => i.advisorId)).not.toContain(advisor.advisorId);
  });

  test('when an advisor is unknown or a withdrawal is repeated, then the answers are 404 and 409', async () => {
    const seeded = await aStartupIn(world, matching);
    const { advisor } = await anAdvisorIn(world, matching);
    const { body } = await requestIntroduction(matching, seeded, advisor.advisorId);
    const withdraw = () =>
      matching.call('POST', `/v1/introductions/${body.introductionId}/withdraw`, seeded.startupToken);

    const unknown = await requestIntroduction(matching, seeded, 'advisor-nobody');
    await withdraw();
    const again = await withdraw();

    expect([unknown.status, unknown.body.code]).toEqual([404, 'MATCHING.ADVISOR_NOT_FOUND']);
    expect([again.status, again.body.code]).toEqual([409, 'MATCHING.INTRODUCTION_NOT_OPEN']);
  });

  test('when a profile event fails its schema, then it goes to the dead-letter topic and the startup is unchanged', async () => {
    const seeded = await aStartupIn(world, matching);
    const dead: string[] = [];
    const dlq = await world.bus.subscribe({
      groupId: `dlq-watch-${Math.random()}`,
      topics: [deadLetterTopic(TOPICS.startup)],
      handler: async (event) => void dead.push(event.id),
    });
    const valid = anEvent(
      'startup.rejected',
      { startupId: seeded.startup.startupId, reason: 'x' },
      { version: 9 },
    );
    const broken = { ...valid, payload: { startupId: seeded.startup.startupId, reason: 42 } };

    await world.publish(TOPICS.startup, broken as never);
    await eventually(async () => dead.includes(broken.id), 'broken event dead-lettered');
    await dlq.stop();
    const reply = await matching.call(
      'GET',
      `/v1/startups/${seeded.startup.startupId}/recommendations`,
      seeded.startupToken,
    );

    expect(reply.status).toBe(200);
  });
});
