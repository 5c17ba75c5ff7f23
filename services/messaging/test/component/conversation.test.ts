import { TOPICS } from '@jisr/contracts';
import { erased } from '../builders/events.builder';
import { anAcceptedIntroduction, eventually } from './harness';
import { aMessagingPerTest } from './per-test';

describe('conversation threads', () => {
  const live = aMessagingPerTest();

  test('when history is read page by page, then every message comes once, newest first', async () => {
    const { introductionId, startup, advisor } = await anAcceptedIntroduction(live.world, live.messaging);
    const path = `/v1/threads/${introductionId}/messages`;
    for (let i = 1; i <= 5; i += 1)
      await live.messaging.call('POST', path, i % 2 ? startup : advisor, { body: `message ${i}` });

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await live.messaging.call(
        'GET',
        `${path}?limit=2${cursor === null ? '' : `&cursor=${cursor}`}`,
        advisor,
      );
      seen.push(...page.body.items.map((m: { body: string }) => m.body));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 10);

    expect(seen).toEqual(['message 5', 'message 4', 'message 3', 'message 2', 'message 1']);
    expect(pages).toBe(3);
  });

  test('when both write, then each side’s unread count is what the other wrote since they last read', async () => {
    const { introductionId, startup, advisor } = await anAcceptedIntroduction(live.world, live.messaging);
    const path = `/v1/threads/${introductionId}/messages`;
    await live.messaging.call('POST', path, startup, { body: 'a' });
    await live.messaging.call('POST', path, startup, { body: 'b' });
    await live.messaging.call('POST', path, advisor, { body: 'c' });

    const asAdvisor = await live.messaging.call('GET', `/v1/threads/${introductionId}`, advisor);
    const asStartup = await live.messaging.call('GET', `/v1/threads/${introductionId}`, startup);

    // Writing a message reads everything before it: the advisor has seen a and b by replying.
    expect(asAdvisor.body.unreadCount).toBe(0);
    expect(asStartup.body.unreadCount).toBe(1);
  });

  test('when the startup is erased, then its messages stay as a deleted user’s and its summary is gone', async () => {
    const { introductionId, startupId, startup, advisor } = await anAcceptedIntroduction(
      live.world,
      live.messaging,
    );
    await live.messaging.call('POST', `/v1/threads/${introductionId}/messages`, startup, {
      body: 'شكرا جزيلا',
    });

    await live.world.publish(TOPICS.startup, erased('startup.erased', startupId));
    const thread = await eventually(async () => {
      const view = await live.messaging.call('GET', `/v1/threads/${introductionId}`, advisor);
      return view.body.participants.startup.deleted ? view : undefined;
    }, 'the erasure to reach the thread');
    const history = await live.messaging.call('GET', `/v1/threads/${introductionId}/messages`, advisor);
    const item = await live.messaging.call('GET', `/v1/introductions/${introductionId}`, advisor);
    const erasedUserReads = await live.messaging.call(
      'GET',
      `/v1/threads/${introductionId}/messages`,
      startup,
    );

    expect(thread.body).toMatchObject({
      status: 'closed',
      participants: {
        startup: {
          id: null,
          deleted: true,
          name: { ar: 'مستخدم محذوف', tr: 'Silinmiş kullanıcı', en: 'Deleted user' },
        },
      },
    });
    expect(history.body.items).toEqual([
      expect.objectContaining({
        body: 'شكرا جزيلا',
        sender: {
          role: 'startup',
          id: null,
          deleted: true,
          name: { ar: 'مستخدم محذوف', tr: 'Silinmiş kullanıcı', en: 'Deleted user' },
        },
      }),
    ]);
    expect(JSON.stringify(item.body)).not.toContain(startupId);
    expect(item.body.note).toBe('');
    expect(item.body.startup).toEqual({
      id: null,
      deleted: true,
      name: expect.objectContaining({ en: 'Deleted user' }),
    });
    expect(erasedUserReads.status).toBe(404);
  });

  test('when a user sends faster than the limit, then 429 with Retry-After and the extra message is not stored', async () => {
    await live.restartWith({ MESSAGE_RATE_LIMIT: '3', MESSAGE_RATE_WINDOW_SECONDS: '60' });
    const { introductionId, startup, advisor } = await anAcceptedIntroduction(live.world, live.messaging);
    const path = `/v1/threads/${introductionId}/messages`;

    const statuses = [];
    for (let i = 0; i < 4; i += 1)
      statuses.push((await live.messaging.call('POST', path, startup, { body: `m${i}` })).status);
    const limited = await live.messaging.call('POST', path, startup, { body: 'again' });
    const otherSide = await live.messaging.call('POST', path, advisor, { body: 'I can still write' });
    const history = await live.messaging.call('GET', path, advisor);

    expect(statuses).toEqual([201, 201, 201, 429]);
    expect(limited).toMatchObject({ status: 429, body: { code: 'MESSAGE.RATE_LIMITED' } });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(otherSide.status).toBe(201);
    expect(history.body.items).toHaveLength(4);
  });
});
