import { TOPICS } from '@jisr/contracts';
import { createSqliteStorage } from '@jisr/storage';
import { join } from 'node:path';
import { DAY_MS } from '../../src/domain/introduction/deadline.rules';
import { anId, anIntroductionRequested, aProgrammeUpserted } from '../builders/events.builder';
import { aWorld, eventually, startInstance, storedDoc, tokenFor, type Instance, type World } from './harness';

describe('deadline scheduler', () => {
  let world: World;
  const running: Instance[] = [];

  beforeEach(async () => {
    world = await aWorld();
  });
  afterEach(async () => {
    for (const instance of running.splice(0)) await instance.service.stop();
    await world.close();
  });

  const anInstance = async (options: Partial<Parameters<typeof startInstance>[0]> = {}) => {
    const instance = await startInstance({ ...world, ...options });
    running.push(instance);
    return instance;
  };

  const inInbox = async (messaging: Instance, advisorId: string, count: number) =>
    eventually(async () => {
      const inbox = await messaging.call('GET', '/v1/introductions', tokenFor(advisorId, 'advisor'));
      return inbox.body.items.length === count ? inbox.body.items : undefined;
    }, `${count} items in the inbox`);

  test('when two instances on the same SQLite file pass the deadline, then the item expires once', async () => {
    const first = await anInstance();
    const second = await anInstance();
    const requested = anIntroductionRequested();
    await world.publish(TOPICS.introduction, requested);
    await inInbox(first, requested.payload.advisorId, 1);

    world.clock.advance(7 * DAY_MS);
    const runs = [await first.service.tick(), await second.service.tick(), await first.service.tick()];
    await world.eventsOf('introduction.expired', requested.payload.introductionId);
    await first.service.flushOutbox();
    await second.service.flushOutbox();

    expect(runs.map((r) => r.expired)).toEqual([1, 0, 0]);
    expect(world.published.filter((e) => e.type === 'introduction.expired')).toHaveLength(1);
  });

  test('when two instances share one storage and pass the deadline at the same moment, then only one claim wins', async () => {
    const storage = createSqliteStorage(join(world.dataDir, 'shared.sqlite'));
    const first = await anInstance({ storage });
    const second = await anInstance({ storage });
    const requested = anIntroductionRequested();
    await world.publish(TOPICS.introduction, requested);
    await inInbox(first, requested.payload.advisorId, 1);

    world.clock.advance(7 * DAY_MS);
    const runs = await Promise.all([first.service.tick(), second.service.tick()]);
    await world.eventsOf('introduction.expired', requested.payload.introductionId);
    await Promise.all([first.service.flushOutbox(), second.service.flushOutbox()]);

    expect(runs.map((r) => r.expired).sort()).toEqual([0, 1]);
    expect(world.published.filter((e) => e.type === 'introduction.expired')).toHaveLength(1);
    for (const instance of running.splice(0)) await instance.service.stop();
    await storage.close();
  });

  test('when the service restarts before the deadline, then the new process still expires the item', async () => {
    const before = await anInstance();
    const requested = anIntroductionRequested();
    await world.publish(TOPICS.introduction, requested);
    await inInbox(before, requested.payload.advisorId, 1);
    await before.service.stop();
    running.splice(0);

    world.clock.advance(8 * DAY_MS);
    const after = await anInstance();
    const run = await after.service.tick();

    expect(run.expired).toBe(1);
    await world.eventsOf('introduction.expired', requested.payload.introductionId);
  });

  test('when a programme sets a 2-day deadline, then its requests expire after 2 days', async () => {
    const messaging = await anInstance();
    const programmeId = anId('programme');
    await world.publish(TOPICS.programme, aProgrammeUpserted(programmeId, 2));
    await eventually(() => storedDoc(world.dataDir, 'programmes', programmeId), 'the programme to be stored');
    const requested = anIntroductionRequested({ programmeId });
    await world.publish(TOPICS.introduction, requested);
    const [item] = await inInbox(messaging, requested.payload.advisorId, 1);
    const twoDaysOn = new Date(world.clock.now().getTime() + 2 * DAY_MS).toISOString();

    world.clock.advance(2 * DAY_MS);
    const run = await messaging.service.tick();

    expect(item.deadlineAt).toBe(twoDaysOn);
    expect(run.expired).toBe(1);
  });

  test('when an advisor lets 3 requests in a row expire, then they are reported unresponsive and their other requests are released', async () => {
    const messaging = await anInstance();
    const advisorId = anId('advisor');
    const ignored = [1, 2, 3].map(() => anIntroductionRequested({ advisorId }));
    await world.publish(TOPICS.introduction, ...ignored);
    await inInbox(messaging, advisorId, 3);
    world.clock.advance(6 * DAY_MS);
    const stillOpen = anIntroductionRequested({ advisorId });
    await world.publish(TOPICS.introduction, stillOpen);
    await inInbox(messaging, advisorId, 4);

    world.clock.advance(DAY_MS);
    await messaging.service.tick();
    const [unresponsive] = await world.eventsOf('advisor.unresponsive', advisorId);
    const [released] = await world.eventsOf('introduction.expired', stillOpen.payload.introductionId);
    const startupView = await messaging.call(
      'GET',
      `/v1/introductions/${stillOpen.payload.introductionId}`,
      tokenFor(stillOpen.payload.startupId, 'startup'),
    );
    const startupNotes = await messaging.call(
      'GET',
      '/v1/notifications',
      tokenFor(stillOpen.payload.startupId, 'startup'),
    );

    expect(new Set(unresponsive?.payload.introductionIds)).toEqual(
      new Set(ignored.map((e) => e.payload.introductionId)),
    );
    expect(released?.payload.advisorId).toBe(advisorId);
    expect(startupView.body).toMatchObject({ status: 'expired', closedReason: 'advisor-unresponsive' });
    expect(startupNotes.body.items[0]).toMatchObject({
      kind: 'introduction.released',
      text: { en: expect.stringContaining('ask someone else') },
    });
  });

  test('when an advisor answers between expiries, then no unresponsive report goes out', async () => {
    const messaging = await anInstance();
    const advisorId = anId('advisor');
    const [a, b, answered, c] = [1, 2, 3, 4].map(() => anIntroductionRequested({ advisorId }));
    await world.publish(TOPICS.introduction, a!, b!, answered!, c!);
    await inInbox(messaging, advisorId, 4);

    await messaging.call(
      'POST',
      `/v1/introductions/${answered!.payload.introductionId}/decline`,
      tokenFor(advisorId, 'advisor'),
      {
        reason: 'other',
      },
    );
    world.clock.advance(7 * DAY_MS);
    const run = await messaging.service.tick();
    await world.eventsOf('introduction.declined', answered!.payload.introductionId);

    expect(run.expired).toBe(3);
    expect(world.published.filter((e) => e.type === 'advisor.unresponsive')).toEqual([]);
  });

  test('when the advisor pauses from the inbox and releases their requests, then the pause and the releases go out', async () => {
    const messaging = await anInstance();
    const requested = anIntroductionRequested();
    const { advisorId, introductionId } = requested.payload;
    await world.publish(TOPICS.introduction, requested);
    await inInbox(messaging, advisorId, 1);

    const paused = await messaging.call('POST', '/v1/inbox/pause', tokenFor(advisorId, 'advisor'), {
      releaseOpenRequests: true,
    });
    const [pauseEvent] = await world.eventsOf('advisor.paused', advisorId);
    await world.eventsOf('introduction.expired', introductionId);

    expect(paused).toMatchObject({ status: 202, body: { released: [introductionId] } });
    expect(pauseEvent?.payload).toEqual({ advisorId, reason: 'self' });
  });
});
