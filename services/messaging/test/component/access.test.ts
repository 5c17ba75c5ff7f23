import { anAcceptedIntroduction, aRequestIn, tokenFor } from './harness';
import { aMessagingPerTest } from './per-test';

describe('object-level access', () => {
  const live = aMessagingPerTest();

  const stranger = {
    startup: tokenFor('startup-stranger', 'startup'),
    advisor: tokenFor('advisor-stranger', 'advisor'),
  };
  const council = tokenFor('council-1', 'council');

  test('when another user names an introduction, then every route answers 403 or 404 and nothing changes', async () => {
    const { introductionId, advisor } = await aRequestIn(live.world, live.messaging);
    const attempts = [
      ['GET', `/v1/introductions/${introductionId}`, stranger.startup, undefined],
      ['GET', `/v1/introductions/${introductionId}`, stranger.advisor, undefined],
      ['POST', `/v1/introductions/${introductionId}/accept`, stranger.advisor, {}],
      ['POST', `/v1/introductions/${introductionId}/decline`, stranger.advisor, { reason: 'other' }],
      ['POST', `/v1/introductions/${introductionId}/info-request`, stranger.advisor, { question: 'Why?' }],
      ['POST', `/v1/introductions/${introductionId}/info-response`, stranger.startup, { answer: 'Because.' }],
      ['POST', `/v1/introductions/${introductionId}/complete`, stranger.startup, { rating: 1 }],
      ['POST', `/v1/introductions/${introductionId}/accept`, council, {}],
      ['GET', `/v1/introductions/${introductionId}`, council, undefined],
    ] as const;

    const statuses = [];
    for (const [method, path, token, body] of attempts)
      statuses.push((await live.messaging.call(method, path, token, body)).status);
    const item = await live.messaging.call('GET', `/v1/introductions/${introductionId}`, advisor);

    expect(statuses).toEqual([404, 404, 404, 404, 404, 404, 404, 403, 403]);
    expect(item.body.status).toBe('requested');
  });

  test('when the startup tries an advisor decision on its own request, then it is refused with 403', async () => {
    const { introductionId, startup } = await aRequestIn(live.world, live.messaging);

    const accept = await live.messaging.call(
      'POST',
      `/v1/introductions/${introductionId}/accept`,
      startup,
      {},
    );

    expect(accept).toMatchObject({ status: 403, body: { code: 'AUTH.FORBIDDEN' } });
  });

  test('when the advisor has not verified their email address, then accepting is refused with 403 AUTH.EMAIL_UNVERIFIED until they have', async () => {
    const { introductionId, advisorId, advisor } = await aRequestIn(live.world, live.messaging);
    const path = `/v1/introductions/${introductionId}/accept`;

    const refused = await live.messaging.call(
      'POST',
      path,
      tokenFor(advisorId, 'advisor', { emailVerified: false }),
      {},
    );
    const accepted = await live.messaging.call(
      'POST',
      path,
      tokenFor(advisorId, 'advisor', { emailVerified: true }),
      {},
    );

    expect(refused).toMatchObject({ status: 403, body: { code: 'AUTH.EMAIL_UNVERIFIED' } });
    expect(accepted.status).toBe(200);
    expect(
      (await live.messaging.call('GET', `/v1/introductions/${introductionId}`, advisor)).body.status,
    ).toBe('accepted');
  });

  test('when a stranger names a thread, then reading, writing and marking it answer 404', async () => {
    const { introductionId } = await anAcceptedIntroduction(live.world, live.messaging);

    const statuses = await Promise.all([
      live.messaging.call('GET', `/v1/threads/${introductionId}`, stranger.advisor),
      live.messaging.call('GET', `/v1/threads/${introductionId}/messages`, stranger.startup),
      live.messaging.call('POST', `/v1/threads/${introductionId}/messages`, stranger.advisor, {
        body: 'hello',
      }),
      live.messaging.call('POST', `/v1/threads/${introductionId}/read`, stranger.startup, { upToSeq: 1 }),
    ]);

    expect(statuses.map((r) => r.status)).toEqual([404, 404, 404, 404]);
  });

  test('when the council looks at a conversation, then it sees that it exists and its status but never its messages', async () => {
    const { introductionId, startup } = await anAcceptedIntroduction(live.world, live.messaging);
    await live.messaging.call('POST', `/v1/threads/${introductionId}/messages`, startup, {
      body: 'Private plans.',
    });

    const list = await live.messaging.call('GET', '/v1/threads', council);
    const status = await live.messaging.call('GET', `/v1/threads/${introductionId}`, council);
    const messages = await live.messaging.call('GET', `/v1/threads/${introductionId}/messages`, council);
    const post = await live.messaging.call('POST', `/v1/threads/${introductionId}/messages`, council, {
      body: 'Hi',
    });

    expect(list.body.items.map((t: { id: string }) => t.id)).toContain(introductionId);
    expect(status.body).toEqual({
      id: introductionId,
      introductionId,
      status: 'open',
      openedAt: expect.any(String),
      closedAt: null,
      participants: expect.any(Object),
    });
    expect(JSON.stringify([list.body, status.body])).not.toContain('Private plans.');
    expect(messages).toMatchObject({ status: 403, body: { code: 'THREAD.MESSAGES_PRIVATE' } });
    expect(post.status).toBe(403);
  });

  test('when a request carries no token or a forged one, then it is refused with 401', async () => {
    const none = await live.messaging.call('GET', '/v1/introductions', null);
    const forged = await live.messaging.call(
      'GET',
      '/v1/introductions',
      `${tokenFor('advisor-1', 'advisor')}x`,
    );

    expect([none.status, forged.status]).toEqual([401, 401]);
    expect(none.type).toContain('application/problem+json');
  });
});
