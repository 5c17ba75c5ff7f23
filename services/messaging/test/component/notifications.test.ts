import { createMemoryCache } from '@jisr/cache';
import { join } from 'node:path';
import { createSqliteStorage } from '@jisr/storage';
import { waitFor } from '@jisr/test-kit';
import { anIntroductionRequested } from '../builders/events.builder';
import {
  anAcceptedIntroduction,
  aRequestIn,
  aWorld,
  startInstance,
  tokenFor,
  type Instance,
  type World,
} from './harness';
import { openStream, type SseStream } from './sse-client';

describe('GET /v1/notifications/stream and the in-app list', () => {
  let world: World;
  let messaging: Instance;
  const streams: SseStream[] = [];

  beforeEach(async () => {
    world = await aWorld();
    messaging = await startInstance(world);
  });
  afterEach(async () => {
    for (const stream of streams.splice(0)) await stream.close();
    await messaging.service.stop();
    await world.close();
  });

  const connect = async (instance: Instance, token: string) => {
    const stream = await openStream(instance.url, token);
    streams.push(stream);
    return stream;
  };

  test('when a message is posted, then the other party’s open stream hears of it within 1 s', async () => {
    const { introductionId, startup, advisor } = await anAcceptedIntroduction(world, messaging);
    const stream = await connect(messaging, advisor);

    const postedAt = Date.now();
    await messaging.call('POST', `/v1/threads/${introductionId}/messages`, startup, {
      body: 'Are you free on Monday?',
    });
    const heard = await waitFor(
      () =>
        stream.events.find((e) => e.data.kind === 'message.received' && e.data.threadId === introductionId),
      { timeoutMs: 1000, what: 'a new-message notification on the stream' },
    );

    expect(stream.status).toBe(200);
    expect(stream.contentType).toContain('text/event-stream');
    expect(heard.event).toBe('notification');
    expect(heard.receivedAt - postedAt).toBeLessThan(1000);
    expect(heard.data.text.en).toBe('You have a new message in a conversation.');
    expect(JSON.stringify(heard.data)).not.toContain('Monday');
  });

  test('when a new request arrives, then the advisor’s stream hears of it and the startup’s does not', async () => {
    const advisorId = 'advisor-streamed';
    const advisorStream = await connect(messaging, tokenFor(advisorId, 'advisor'));
    const requested = anIntroductionRequested({ advisorId });
    const startupStream = await connect(messaging, tokenFor(requested.payload.startupId, 'startup'));

    await aRequestIn(world, messaging, requested);
    const heard = await waitFor(
      () => advisorStream.events.find((e) => e.data.kind === 'introduction.received'),
      {
        timeoutMs: 1000,
        what: 'the new request on the advisor stream',
      },
    );

    expect(heard.data.introductionId).toBe(requested.payload.introductionId);
    expect(startupStream.events).toEqual([]);
  });

  test('when the stream has no token, then 401 problem+json and no stream', async () => {
    const res = await fetch(`${messaging.url}/v1/notifications/stream`);

    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  test('when two instances share the cache, then a message posted on one reaches a stream held by the other', async () => {
    // Only the two instances under test may consume the bus (a third would own the partition with its own storage).
    await messaging.service.stop();
    const cache = createMemoryCache();
    const storage = createSqliteStorage(join(world.dataDir, 'fan-out.sqlite'));
    const first = await startInstance({ ...world, storage, cache });
    const second = await startInstance({ ...world, storage, cache });
    try {
      const { introductionId, startup, advisor } = await anAcceptedIntroduction(world, first);
      const stream = await connect(second, advisor);

      await first.call('POST', `/v1/threads/${introductionId}/messages`, startup, {
        body: 'Across instances',
      });

      await waitFor(() => stream.events.find((e) => e.data.kind === 'message.received'), {
        timeoutMs: 1000,
        what: 'the notification on the other instance’s stream',
      });
    } finally {
      for (const stream of streams.splice(0)) await stream.close();
      await first.service.stop();
      await second.service.stop();
      await storage.close();
    }
  });

  test('when the advisor was offline, then the list holds one entry per busy thread and counts unread', async () => {
    const { introductionId, startup, advisor } = await anAcceptedIntroduction(world, messaging);
    for (const body of ['one', 'two', 'three']) {
      await messaging.call('POST', `/v1/threads/${introductionId}/messages`, startup, { body });
    }

    const list = await messaging.call('GET', '/v1/notifications?unread=true', advisor);
    const threads = await messaging.call('GET', '/v1/threads', advisor);
    const marked = await messaging.call('POST', `/v1/threads/${introductionId}/read`, advisor, {
      upToSeq: 3,
    });
    const after = await messaging.call('GET', '/v1/notifications?unread=true', advisor);

    expect(list.body.items.filter((n: { kind: string }) => n.kind === 'message.received')).toHaveLength(1);
    expect(threads.body.items[0]).toMatchObject({ id: introductionId, unreadCount: 3, messageCount: 3 });
    expect(marked.body).toEqual({ readUpTo: 3, unreadCount: 0 });
    expect(after.body.items.filter((n: { kind: string }) => n.kind === 'message.received')).toEqual([]);
  });

  test('when the user marks notifications read, then only their own change and the count drops to zero', async () => {
    const { startup, advisor } = await anAcceptedIntroduction(world, messaging);
    const before = await messaging.call('GET', '/v1/notifications', startup);
    const advisorBefore = await messaging.call('GET', '/v1/notifications', advisor);

    const foreign = await messaging.call('POST', '/v1/notifications/read', advisor, {
      ids: [before.body.items[0].id],
    });
    const marked = await messaging.call('POST', '/v1/notifications/read', startup, {});
    const advisorAfter = await messaging.call('GET', '/v1/notifications', advisor);

    expect(before.body.unreadCount).toBeGreaterThan(0);
    expect(foreign.body.marked).toBe(0);
    expect(marked.body).toEqual({ marked: before.body.unreadCount, unreadCount: 0 });
    expect(advisorAfter.body.unreadCount).toBe(advisorBefore.body.unreadCount);
  });
});
