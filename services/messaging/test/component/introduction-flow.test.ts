import { DAY_MS } from '../../src/domain/introduction/deadline.rules';
import { TOPICS } from '@jisr/contracts';
import { anIntroductionRequested } from '../builders/events.builder';
import { aRequestIn, tokenFor } from './harness';
import { aMessagingPerTest } from './per-test';

describe('introduction flow (requested event → inbox → decision → conversation → completion)', () => {
  const live = aMessagingPerTest();

  const requestArrives = async (overrides: Parameters<typeof anIntroductionRequested>[0] = {}) => {
    const requested = anIntroductionRequested(overrides);
    return { requested, ...(await aRequestIn(live.world, live.messaging, requested)) };
  };

  test('when a request arrives and the advisor accepts, then both talk and a completion with rating goes out', async () => {
    const { requested, introductionId, startupId, advisorId, advisor, startup } = await requestArrives();

    const inbox = await live.messaging.call('GET', '/v1/introductions?status=open', advisor);
    const otherInbox = await live.messaging.call(
      'GET',
      '/v1/introductions',
      tokenFor('advisor-someone-else', 'advisor'),
    );
    const accepted = await live.messaging.call(
      'POST',
      `/v1/introductions/${introductionId}/accept`,
      advisor,
      {},
    );
    const [acceptedEvent] = await live.world.eventsOf('introduction.accepted', introductionId);
    const sent = await live.messaging.call('POST', `/v1/threads/${introductionId}/messages`, startup, {
      body: 'مرحبا، شكرا لقبولكم.',
    });
    const reply = await live.messaging.call('POST', `/v1/threads/${introductionId}/messages`, advisor, {
      body: 'Merhaba! Happy to help.',
    });
    const history = await live.messaging.call('GET', `/v1/threads/${introductionId}/messages`, startup);
    const completed = await live.messaging.call(
      'POST',
      `/v1/introductions/${introductionId}/complete`,
      startup,
      {
        rating: 5,
        comment: 'Very practical advice.',
      },
    );
    const [completedEvent] = await live.world.eventsOf('introduction.completed', introductionId);

    expect(inbox.body.items).toEqual([
      expect.objectContaining({
        id: introductionId,
        status: 'requested',
        note: requested.payload.note,
        explanation: requested.payload.explanation,
        deadlineAt: new Date(live.world.clock.now().getTime() + 7 * DAY_MS).toISOString(),
        startup: expect.objectContaining({
          id: startupId,
          name: { ar: 'سلسلة الساحل للتبريد', tr: 'Sahel Cold Chain', en: 'Sahel Cold Chain' },
          profile: expect.objectContaining({ sector: '10', stage: 'prototype', city: 'misrata' }),
        }),
      }),
    ]);
    expect(otherInbox.body.items).toEqual([]);
    expect(accepted).toMatchObject({ status: 200, body: { status: 'accepted', threadId: introductionId } });
    expect(acceptedEvent?.payload).toEqual({ introductionId, startupId, advisorId });
    expect(acceptedEvent?.version).toBe(requested.version + 1);
    expect([sent.status, reply.status]).toEqual([201, 201]);
    expect(
      history.body.items.map((m: { body: string; sender: { role: string } }) => [m.sender.role, m.body]),
    ).toEqual([
      ['advisor', 'Merhaba! Happy to help.'],
      ['startup', 'مرحبا، شكرا لقبولكم.'],
    ]);
    expect(completed.body).toMatchObject({ status: 'completed', completion: { by: 'startup', rating: 5 } });
    expect(completedEvent?.payload).toEqual({
      introductionId,
      startupId,
      advisorId,
      by: 'startup',
      rating: 5,
      comment: 'Very practical advice.',
    });
  });

  test('when the advisor declines with a reason, then the declined event carries it and the startup is told', async () => {
    const { introductionId, startupId, advisorId, advisor, startup } = await requestArrives();

    const declined = await live.messaging.call(
      'POST',
      `/v1/introductions/${introductionId}/decline`,
      advisor,
      {
        reason: 'no-capacity',
        comment: 'Full until June.',
      },
    );
    const [event] = await live.world.eventsOf('introduction.declined', introductionId);
    const notifications = await live.messaging.call('GET', '/v1/notifications', startup);
    const thread = await live.messaging.call('GET', `/v1/threads/${introductionId}`, startup);

    expect(declined.body).toMatchObject({
      status: 'declined',
      decline: { reason: 'no-capacity', comment: 'Full until June.' },
    });
    expect(event?.payload).toEqual({
      introductionId,
      startupId,
      advisorId,
      reason: 'no-capacity',
      comment: 'Full until June.',
    });
    expect(notifications.body.items[0]).toMatchObject({
      kind: 'introduction.declined',
      introductionId,
      text: { en: expect.stringContaining('declined'), ar: expect.any(String), tr: expect.any(String) },
    });
    expect(thread.status).toBe(404);
  });

  test('when nobody answers for 7 days, then a clock-driven pass expires the item and the expired event goes out', async () => {
    const { introductionId, startupId, advisorId, advisor, startup } = await requestArrives();

    live.world.clock.advance(7 * DAY_MS - 1);
    const early = await live.messaging.service.tick();
    live.world.clock.advance(1);
    const due = await live.messaging.service.tick();
    const [event] = await live.world.eventsOf('introduction.expired', introductionId);
    const item = await live.messaging.call('GET', `/v1/introductions/${introductionId}`, advisor);
    const lateAccept = await live.messaging.call(
      'POST',
      `/v1/introductions/${introductionId}/accept`,
      advisor,
      {},
    );
    const startupNotes = await live.messaging.call('GET', '/v1/notifications', startup);

    expect(early.expired).toBe(0);
    expect(due.expired).toBe(1);
    expect(event?.payload).toEqual({ introductionId, startupId, advisorId, reason: 'deadline-passed' });
    expect(item.body).toMatchObject({ status: 'expired', closedReason: 'deadline-passed' });
    expect(lateAccept).toMatchObject({ status: 409, body: { code: 'INTRODUCTION.ALREADY_DECIDED' } });
    expect(startupNotes.body.items.map((n: { kind: string }) => n.kind)).toContain('introduction.expired');
  });

  test('when the deadline approaches, then the advisor is reminded at 3 days and at 1 day left, once each', async () => {
    const { advisor } = await requestArrives();

    live.world.clock.advance(4 * DAY_MS);
    const first = await live.messaging.service.tick();
    const again = await live.messaging.service.tick();
    live.world.clock.advance(2 * DAY_MS);
    const second = await live.messaging.service.tick();
    const notes = await live.messaging.call('GET', '/v1/notifications', advisor);

    expect([first.reminded, again.reminded, second.reminded]).toEqual([1, 0, 1]);
    const reminders = notes.body.items.filter((n: { kind: string }) => n.kind === 'deadline.reminder');
    expect(reminders.map((n: { params: { days: number } }) => n.params.days)).toEqual([1, 3]);
    expect(reminders[1].text).toEqual({
      ar: 'تبقّى 3 أيام للرد على طلب تعارف.',
      tr: 'Bir tanışma talebini yanıtlamak için 3 gün kaldı.',
      en: '3 days left to answer an introduction request.',
    });
  });

  test('when the advisor asks for information, then the deadline waits for the answer and resumes with the time left', async () => {
    const { introductionId, advisor, startup } = await requestArrives();

    live.world.clock.advance(2 * DAY_MS);
    const asked = await live.messaging.call(
      'POST',
      `/v1/introductions/${introductionId}/info-request`,
      advisor,
      {
        question: 'What is your monthly revenue?',
      },
    );
    const [event] = await live.world.eventsOf('introduction.info-requested', introductionId);
    // Within the startup's own 7 days to answer, however long the advisor's deadline had left.
    live.world.clock.advance(6 * DAY_MS);
    const whileWaiting = await live.messaging.service.tick();
    const answered = await live.messaging.call(
      'POST',
      `/v1/introductions/${introductionId}/info-response`,
      startup,
      {
        answer: 'About 12,000 LYD a month.',
      },
    );

    expect(asked.body).toMatchObject({
      status: 'info-requested',
      deadlineAt: null,
      remainingMsWhilePaused: 5 * DAY_MS,
    });
    expect(event?.payload.question).toBe('What is your monthly revenue?');
    expect(whileWaiting.expired).toBe(0);
    expect(answered.body).toMatchObject({
      status: 'requested',
      deadlineAt: new Date(live.world.clock.now().getTime() + 5 * DAY_MS).toISOString(),
      info: [{ question: 'What is your monthly revenue?', answer: 'About 12,000 LYD a month.' }],
    });
  });

  test('when the same request is delivered again, even re-published under a new event id, then there is one inbox item', async () => {
    const { requested, advisor } = await requestArrives();

    await live.world.publish(TOPICS.introduction, requested, requested);
    const republished = anIntroductionRequested(requested.payload);
    await live.world.publish(TOPICS.introduction, republished);
    const marker = await requestArrives({ advisorId: requested.payload.advisorId });
    const inbox = await live.messaging.call('GET', '/v1/introductions', advisor);

    expect(inbox.body.items.map((i: { id: string }) => i.id).sort()).toEqual(
      [requested.payload.introductionId, marker.introductionId].sort(),
    );
  });
});
