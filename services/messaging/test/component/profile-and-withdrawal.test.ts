import { makeEvent, TOPICS } from '@jisr/contracts';
import { DAY_MS } from '../../src/domain/introduction/deadline.rules';
import { anId, anIntroductionRequested, anIntroductionWithdrawn, erased } from '../builders/events.builder';
import { anAcceptedIntroduction, aRequestIn, eventually, storedDoc } from './harness';
import { aMessagingPerTest } from './per-test';

describe('events from matching and profile: withdrawal, erasure, resume', () => {
  const live = aMessagingPerTest();

  test('when the startup withdraws an open request, then it leaves the inbox, the advisor is told and cannot accept it', async () => {
    const requested = anIntroductionRequested();
    const { introductionId, advisor } = await aRequestIn(live.world, live.messaging, requested);

    await live.world.publish(TOPICS.introduction, anIntroductionWithdrawn(requested));
    const item = await eventually(async () => {
      const view = await live.messaging.call('GET', `/v1/introductions/${introductionId}`, advisor);
      return view.body.status === 'withdrawn' ? view : undefined;
    }, 'the withdrawal');
    const open = await live.messaging.call('GET', '/v1/introductions?status=open', advisor);
    const accept = await live.messaging.call(
      'POST',
      `/v1/introductions/${introductionId}/accept`,
      advisor,
      {},
    );
    const notes = await live.messaging.call('GET', '/v1/notifications', advisor);

    expect(item.body).toMatchObject({ closedReason: 'withdrawn-by-startup', deadlineAt: null });
    expect(open.body.items).toEqual([]);
    expect(accept.status).toBe(409);
    expect(notes.body.items).toContainEqual(
      expect.objectContaining({ kind: 'introduction.withdrawn', introductionId }),
    );
  });

  test('when a withdrawal arrives after acceptance, then the accepted introduction and its thread stay', async () => {
    const { introductionId, startupId, advisorId, advisor } = await anAcceptedIntroduction(
      live.world,
      live.messaging,
    );
    const late = makeEvent('introduction.withdrawn', {
      aggregateId: introductionId,
      version: 5,
      payload: { introductionId, startupId, advisorId, reason: 'Too late.' },
    });

    await live.world.publish(TOPICS.introduction, late);
    const marker = await aRequestIn(live.world, live.messaging, anIntroductionRequested({ advisorId }));
    const item = await live.messaging.call('GET', `/v1/introductions/${introductionId}`, advisor);

    expect(marker.introductionId).not.toBe(introductionId);
    expect(item.body.status).toBe('accepted');
  });

  test('when the advisor is erased, then their messages stay as a deleted user’s and their open requests close', async () => {
    const { introductionId, advisorId, advisor, startup } = await anAcceptedIntroduction(
      live.world,
      live.messaging,
    );
    await live.messaging.call('POST', `/v1/threads/${introductionId}/messages`, advisor, {
      body: 'Görüşmek üzere.',
    });
    const pending = await aRequestIn(live.world, live.messaging, anIntroductionRequested({ advisorId }));

    await live.world.publish(TOPICS.advisor, erased('advisor.erased', advisorId));
    const history = await eventually(async () => {
      const page = await live.messaging.call('GET', `/v1/threads/${introductionId}/messages`, startup);
      return page.body.items[0]?.sender.deleted ? page : undefined;
    }, 'the erasure to reach the thread');
    const released = await live.messaging.call(
      'GET',
      `/v1/introductions/${pending.introductionId}`,
      pending.startup,
    );

    expect(history.body.items[0]).toMatchObject({
      body: 'Görüşmek üzere.',
      sender: { role: 'advisor', id: null, deleted: true, name: { tr: 'Silinmiş kullanıcı' } },
    });
    expect(released.body).toMatchObject({
      status: 'withdrawn',
      closedReason: 'party-erased',
      advisor: { deleted: true },
    });
  });

  test('when profile resumes an advisor after two expiries, then the run starts again and a third expiry reports nothing', async () => {
    const advisorId = anId('advisor');
    const [first, second, third] = [1, 2, 3].map(() => anIntroductionRequested({ advisorId }));
    await live.world.publish(TOPICS.introduction, first!, second!);
    await eventually(
      () => storedDoc(live.world.dataDir, 'introductions', second!.payload.introductionId),
      'two requests',
    );
    live.world.clock.advance(7 * DAY_MS);
    expect((await live.messaging.service.tick()).expired).toBe(2);

    const resumed = makeEvent('advisor.resumed', {
      aggregateId: advisorId,
      version: 2,
      payload: { advisorId },
    });
    await live.world.publish(TOPICS.advisor, resumed);
    await eventually(async () => {
      const activity = (await storedDoc(live.world.dataDir, 'advisor_activity', advisorId)) as {
        expiredInARow: string[];
      };
      return activity.expiredInARow.length === 0;
    }, 'the resume to reset the run');
    await live.world.publish(TOPICS.introduction, third!);
    await eventually(
      () => storedDoc(live.world.dataDir, 'introductions', third!.payload.introductionId),
      'the third request',
    );
    live.world.clock.advance(7 * DAY_MS);
    const run = await live.messaging.service.tick();
    await live.world.eventsOf('introduction.expired', third!.payload.introductionId);
    const activity = (await storedDoc(live.world.dataDir, 'advisor_activity', advisorId)) as {
      expiredInARow: string[];
    };

    expect(run.expired).toBe(1);
    expect(activity.expiredInARow).toEqual([third!.payload.introductionId]);
    expect(live.world.published.filter((e) => e.type === 'advisor.unresponsive')).toEqual([]);
  });
});
