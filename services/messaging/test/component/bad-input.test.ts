import {
  aRequestIn,
  anAcceptedIntroduction,
  aWorld,
  startInstance,
  type Instance,
  type World,
} from './harness';

describe('bad input', () => {
  let world: World;
  let messaging: Instance;

  beforeEach(async () => {
    world = await aWorld();
    messaging = await startInstance(world);
  });
  afterEach(async () => {
    await messaging.service.stop();
    await world.close();
  });

  const problem = (status: number, code: string) => ({
    status,
    type: expect.stringContaining('application/problem+json'),
    body: expect.objectContaining({ status, code }),
  });

  test('when a message is empty, blank, oversized or malformed, then 400 problem+json and the thread is unchanged', async () => {
    const { introductionId, startup } = await anAcceptedIntroduction(world, messaging);
    const path = `/v1/threads/${introductionId}/messages`;

    const replies = [
      await messaging.call('POST', path, startup, { body: '' }),
      await messaging.call('POST', path, startup, { body: ' \n\t ' }),
      await messaging.call('POST', path, startup, { body: 'ب'.repeat(4001) }),
      await messaging.call('POST', path, startup, { body: 42 }),
      await messaging.call('POST', path, startup, { body: 'hi', extra: true }),
      await messaging.call('POST', path, startup, {}),
    ];
    const history = await messaging.call('GET', path, startup);

    for (const reply of replies) expect(reply).toMatchObject(problem(400, 'REQUEST.INVALID'));
    expect(replies[2]?.body.errors).toEqual([expect.objectContaining({ path: 'body.body' })]);
    expect(replies[4]?.body.errors).toEqual([expect.objectContaining({ path: 'body.extra' })]);
    expect(history.body.items).toEqual([]);
  });

  test('when a message is exactly 4,000 characters of right-to-left text, then it is stored byte for byte', async () => {
    const { introductionId, startup, advisor } = await anAcceptedIntroduction(world, messaging);
    const body = `\u202B${'سلام '.repeat(799)}ع\u202C`.slice(0, 4000);

    const sent = await messaging.call('POST', `/v1/threads/${introductionId}/messages`, startup, { body });
    const read = await messaging.call('GET', `/v1/threads/${introductionId}/messages`, advisor);

    expect(sent.status).toBe(201);
    expect(Buffer.from(read.body.items[0].body).equals(Buffer.from(body))).toBe(true);
  });

  test('when an id is not a valid id, then 400 problem+json names the parameter', async () => {
    const { advisor } = await aRequestIn(world, messaging);

    const reply = await messaging.call('POST', `/v1/introductions/${'x'.repeat(101)}/accept`, advisor, {});
    const odd = await messaging.call('GET', '/v1/introductions/has%20space', advisor);

    expect(reply).toMatchObject(problem(400, 'REQUEST.INVALID'));
    expect(reply.body.errors).toEqual([expect.objectContaining({ path: 'params.id' })]);
    expect(odd).toMatchObject(problem(400, 'REQUEST.INVALID'));
  });

  test('when an item is already decided, then further decisions answer 409 and no further event goes out', async () => {
    const { introductionId, advisor } = await aRequestIn(world, messaging);
    await messaging.call('POST', `/v1/introductions/${introductionId}/decline`, advisor, {
      reason: 'language',
    });
    await world.eventsOf('introduction.declined', introductionId);

    const again = [
      await messaging.call('POST', `/v1/introductions/${introductionId}/accept`, advisor, {}),
      await messaging.call('POST', `/v1/introductions/${introductionId}/decline`, advisor, {
        reason: 'other',
      }),
      await messaging.call('POST', `/v1/introductions/${introductionId}/info-request`, advisor, {
        question: 'Still?',
      }),
    ];
    await messaging.service.flushOutbox();
    const item = await messaging.call('GET', `/v1/introductions/${introductionId}`, advisor);

    for (const reply of again) expect(reply).toMatchObject(problem(409, 'INTRODUCTION.ALREADY_DECIDED'));
    expect(item.body).toMatchObject({ status: 'declined', decline: { reason: 'language' } });
    expect(
      world.published.filter((e) => e.aggregateId === introductionId && e.type !== 'introduction.requested'),
    ).toHaveLength(1);
  });

  test('when a decision body is wrong, then 400 and the item stays pending', async () => {
    const { introductionId, advisor } = await aRequestIn(world, messaging);

    const replies = [
      await messaging.call('POST', `/v1/introductions/${introductionId}/decline`, advisor, {
        reason: 'bored',
      }),
      await messaging.call('POST', `/v1/introductions/${introductionId}/decline`, advisor, {}),
      await messaging.call('POST', `/v1/introductions/${introductionId}/info-request`, advisor, {
        question: '   ',
      }),
      await messaging.call('POST', `/v1/introductions/${introductionId}/complete`, advisor, { rating: 6 }),
      await messaging.call('GET', `/v1/introductions?status=bogus`, advisor),
      await messaging.call('GET', `/v1/introductions?cursor=not-a-cursor!`, advisor),
    ];
    const item = await messaging.call('GET', `/v1/introductions/${introductionId}`, advisor);

    expect(replies.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400]);
    for (const reply of replies) expect(reply.type).toContain('application/problem+json');
    expect(item.body.status).toBe('pending');
  });

  test('when a completed introduction gets another message, then 409 and history is unchanged', async () => {
    const { introductionId, startup, advisor } = await anAcceptedIntroduction(world, messaging);
    await messaging.call('POST', `/v1/introductions/${introductionId}/complete`, advisor, { rating: 4 });

    const late = await messaging.call('POST', `/v1/threads/${introductionId}/messages`, startup, {
      body: 'One more thing',
    });
    const twice = await messaging.call('POST', `/v1/introductions/${introductionId}/complete`, startup, {
      rating: 5,
    });
    const history = await messaging.call('GET', `/v1/threads/${introductionId}/messages`, startup);

    expect(late).toMatchObject(problem(409, 'THREAD.CLOSED'));
    expect(twice).toMatchObject(problem(409, 'INTRODUCTION.ALREADY_DECIDED'));
    expect(history.body.items).toEqual([]);
  });
});
