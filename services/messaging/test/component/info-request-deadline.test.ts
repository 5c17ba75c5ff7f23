import { DAY_MS } from '../../src/domain/introduction/deadline.rules';
import { aRequestIn } from './harness';
import { aMessagingPerTest } from './per-test';

describe('an item waiting on the startup’s answer', () => {
  const live = aMessagingPerTest();

  const askedForInfo = async () => {
    const arrived = await aRequestIn(live.world, live.messaging);
    const asked = await live.messaging.call(
      'POST',
      `/v1/introductions/${arrived.introductionId}/info-request`,
      arrived.advisor,
      { question: 'How many clinics use your panels today?' },
    );
    expect(asked.status).toBe(200);
    return { ...arrived, asked };
  };

  test('when the startup answers, then introduction.info-provided tells matching the request awaits the advisor again', async () => {
    const { introductionId, startupId, advisorId, startup } = await askedForInfo();

    live.world.clock.advance(DAY_MS);
    const answered = await live.messaging.call(
      'POST',
      `/v1/introductions/${introductionId}/info-response`,
      startup,
      {
        answer: 'Eleven clinics in Tripoli and Zawiya.',
      },
    );
    const [provided] = await live.world.eventsOf('introduction.info-provided', introductionId);
    const [requested] = await live.world.eventsOf('introduction.info-requested', introductionId);

    expect(answered.body).toMatchObject({ status: 'requested', answerDueAt: null });
    expect(provided?.payload).toEqual({
      introductionId,
      startupId,
      advisorId,
      answeredAt: live.world.clock.now().toISOString(),
    });
    // Messaging's lane of the key's versions (even numbers): the next one after the question's.
    expect(provided?.version).toBe((requested?.version ?? 0) + 2);
  });

  test('when the startup lets its own answer deadline pass, then the item expires with reason info-not-provided and both are told', async () => {
    const { introductionId, startupId, advisorId, startup, advisor, asked } = await askedForInfo();

    live.world.clock.advance(7 * DAY_MS - 1);
    const early = await live.messaging.service.tick();
    live.world.clock.advance(1);
    const due = await live.messaging.service.tick();
    const [expired] = await live.world.eventsOf('introduction.expired', introductionId);
    const item = await live.messaging.call('GET', `/v1/introductions/${introductionId}`, advisor);
    const kinds = async (token: string) =>
      (await live.messaging.call('GET', '/v1/notifications', token)).body.items.map(
        (n: { kind: string }) => n.kind,
      );

    expect(asked.body.answerDueAt).toBe(new Date(live.world.clock.now().getTime()).toISOString());
    expect([early.expired, due.expired]).toEqual([0, 1]);
    expect(expired?.payload).toEqual({ introductionId, startupId, advisorId, reason: 'info-not-provided' });
    expect(item.body).toMatchObject({ status: 'expired', closedReason: 'info-not-provided' });
    expect(await kinds(startup)).toContain('introduction.info-unanswered');
    expect(await kinds(advisor)).toContain('introduction.info-unanswered');
  });
});
