import { anAcceptedIntroduction, aRequestIn } from './harness';
import { aMessagingPerTest } from './per-test';

describe('bad input', () => {
  const live = aMessagingPerTest();

  const problem = (status: number, code: string) => ({
    status,
    type: expect.stringContaining('application/problem+json'),
    body: expect.objectContaining({ status, code }),
  });

  test('when a message is empty, blank, oversized or malformed, then 400 problem+json and the thread is unchanged', async () => {
    const { introductionId, startup } = await anAcceptedIntroduction(live.world, live.messaging);
    const path = `/v1/threads/${introductionId}/messages`;

    const replies = [
      await live.messaging.call('POST', path, startup, { body: '' }),
      await live.messaging.call('POST', path, startup, { body: ' \n\t ' }),
      await live.messaging.call('POST', path, startup, { body: 'ب'.repeat(4001) }),
      await live.messaging.call('POST', path, startup, { body: 42 }),
      await live.messaging.call('POST', path, startup, { body: 'hi', extra: true }),
      await live.messaging.call('POST', path, startup, {}),
    ];
    const history = await live.messaging.call('GET', path, startup);

    for (const reply of replies) expect(reply).toMatchObject(problem(400, 'REQUEST.INVALID'));
    expect(replies[2]?.body.errors).toEqual([expect.objectContaining({ path: 'body.body' })]);
    expect(replies[4]?.body.errors).toEqual([expect.objectContaining({ path: 'body.extra' })]);
    expect(history.body.items).toEqual([]);
  });

  test('when a message is exactly 4,000 characters of right-to-left text, then it is stored byte for byte', async () => {
    const { introductionId, startup, advisor } = await anAcceptedIntroduction(live.world, live.messaging);
    const body = `\u202B${'سلام '.repeat(799)}ع\u202C`.slice(0, 4000);

    const sent = await live.messaging.call('POST', `/v1/threads/${introductionId}/messages`, startup, {
      body,
    });
    const read = await live.messaging.call('GET', `/v1/threads/${introductionId}/messages`, advisor);

    expect(sent.status).toBe(201);
    expect(Buffer.from(read.body.items[0].body).equals(Buffer.from(body))).toBe(true);
  });

  test('when an id is not a valid id, then 400 problem+json names the parameter', async () => {
    const { advisor } = await aRequestIn(live.world, live.messaging);

    const reply = await live.messaging.call(
      'POST',
      `/v1/introductions/${'x'.repeat(101)}/accept`,
      advisor,
      {},
    );
    const odd = await live.messaging.call('GET', '/v1/introductions/has%20space', advisor);

    expect(reply).toMatchObject(problem(400, 'REQUEST.INVALID'));
    expect(reply.body.errors).toEqual([expect.objectContaining({ path: 'params.id' })]);
    expect(odd).toMatchObject(problem(400, 'REQUEST.INVALID'));
  });

  test('when an item is already decided, then further decisions answer 409 and no further event goes out', async () => {
    const { introductionId, advisor } = await aRequestIn(live.world, live.messaging);
    await live.messaging.call('POST', `/v1/introductions/${introductionId}/decline`, advisor, {
      reason: 'language',
    });
    await live.world.eventsOf('introduction.declined', introductionId);

    const again = [
      await live.messaging.call('POST', `/v1/introductions/${introductionId}/accept`, advisor, {}),
      await live.messaging.call('POST', `/v1/introductions/${introductionId}/decline`, advisor, {
        reason: 'other',
      }),
      await live.messaging.call('POST', `/v1/introductions/${introductionId}/info-request`, advisor, {
        question: 'Still?',
      }),
    ];
    await live.messaging.service.flushOutbox();
    const item = await live.messaging.call('GET', `/v1/introductions/${introductionId}`, advisor);

    for (const reply of again) expect(reply).toMatchObject(problem(409, 'INTRODUCTION.ALREADY_DECIDED'));
    expect(item.body).toMatchObject({ status: 'declined', decline: { reason: 'language' } });
    expect(
      live.world.published.filter(
        (e) => e.aggregateId === introductionId && e.type !== 'introduction.requested',
      ),
    ).toHaveLength(1);
  });

  test('when a decision body is wrong, then 400 and the item stays requested', async () => {
    const { introductionId, advisor } = await aRequestIn(live.world, live.messaging);

    const replies = [
      await live.messaging.call('POST', `/v1/introductions/${introductionId}/decline`, advisor, {
        reason: 'bored',
      }),
      await live.messaging.call('POST', `/v1/introductions/${introductionId}/decline`, advisor, {}),
      await live.messaging.call('POST', `/v1/introductions/${introductionId}/info-request`, advisor, {
        question: '   ',
      }),
      await live.messaging.call('POST', `/v1/introductions/${introductionId}/complete`, advisor, {
        rating: 6,
      }),
      await live.messaging.call('GET', `/v1/introductions?status=bogus`, advisor),
      await live.messaging.call('GET', `/v1/introductions?cursor=not-a-cursor!`, advisor),
    ];
    const item = await live.messaging.call('GET', `/v1/introductions/${introductionId}`, advisor);

    expect(replies.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400]);
    for (const reply of replies) expect(reply.type).toContain('application/problem+json');
    expect(item.body.status).toBe('requested');
  });

  test('when a completed introduction gets another message, then 409 and history is unchanged', async () => {
    const { introductionId, startup, advisor } = await anAcceptedIntroduction(live.world, live.messaging);
    await live.messaging.call('POST', `/v1/introductions/${introductionId}/complete`, advisor, { rating: 4 });

    const late = await live.messaging.call('POST', `/v1/threads/${introductionId}/messages`, startup, {
      body: 'One more thing',
    });
    const twice = await live.messaging.call('POST', `/v1/introductions/${introductionId}/complete`, startup, {
      rating: 5,
    });
    const history = await live.messaging.call('GET', `/v1/threads/${introductionId}/messages`, startup);

    expect(late).toMatchObject(problem(409, 'THREAD.CLOSED'));
    expect(twice).toMatchObject(problem(409, 'INTRODUCTION.ALREADY_DECIDED'));
    expect(history.body.items).toEqual([]);
  });
});
