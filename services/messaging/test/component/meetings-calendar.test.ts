import { anAcceptedIntroduction } from './harness';
import { aBookedMeeting, downloadCalendar, FIRST_SLOT, SECOND_SLOT } from './meeting-steps';
import { aMessagingPerTest } from './per-test';

const HOUR_MS = 3_600_000;

describe('calendar invites and reminders', () => {
  const live = aMessagingPerTest();

  test('when a meeting is booked, rescheduled and cancelled, then its invite keeps its UID, raises SEQUENCE and ends with METHOD:CANCEL', async () => {
    const intro = await anAcceptedIntroduction(live.world, live.messaging);
    const booked = await aBookedMeeting(live.messaging, intro);
    const path = `/v1/meetings/${booked.body.id}/invite.ics`;

    const first = await downloadCalendar(live.messaging.url, path, intro.advisor);
    await live.messaging.call('POST', `/v1/meetings/${booked.body.id}/reschedule`, intro.advisor, {
      startsAt: SECOND_SLOT,
      reason: 'A board meeting moved into the hour',
    });
    const moved = await downloadCalendar(live.messaging.url, path, intro.startup);
    await live.messaging.call('POST', `/v1/meetings/${booked.body.id}/cancel`, intro.startup, {
      reason: 'We found funding elsewhere',
    });
    const cancelled = await downloadCalendar(live.messaging.url, path, intro.startup);
    const [rescheduled] = await live.world.eventsOf('meeting.rescheduled', booked.body.id);
    await live.world.eventsOf('meeting.cancelled', booked.body.id);

    expect(first.type).toMatch(/^text\/calendar/);
    expect(first.method).toBe('REQUEST');
    expect(first.events).toEqual([
      {
        uid: `${booked.body.id}@jisr`,
        sequence: 0,
        start: FIRST_SLOT,
        end: SECOND_SLOT,
        summary: 'Jisr toplantısı',
        description: 'Cold-chain financing: which investors to approach first',
        location: 'https://meet.jisr.example/room-7',
        status: 'CONFIRMED',
      },
    ]);
    expect(moved.events[0]).toMatchObject({
      uid: `${booked.body.id}@jisr`,
      sequence: 1,
      start: SECOND_SLOT,
      summary: 'اجتماع جسر',
    });
    expect(cancelled.method).toBe('CANCEL');
    expect(cancelled.events[0]).toMatchObject({
      uid: `${booked.body.id}@jisr`,
      sequence: 2,
      status: 'CANCELLED',
    });
    expect(rescheduled?.payload).toMatchObject({
      previousStartsAt: FIRST_SLOT,
      startsAt: SECOND_SLOT,
      by: 'advisor',
    });
  });

  test('when a user opens their private feed, then it lists only their meetings, and a revoked or replaced token stops working', async () => {
    const mine = await anAcceptedIntroduction(live.world, live.messaging);
    const other = await anAcceptedIntroduction(live.world, live.messaging);
    const booked = await aBookedMeeting(live.messaging, mine, FIRST_SLOT);
    await aBookedMeeting(live.messaging, other, FIRST_SLOT);

    const issued = await live.messaging.call('POST', '/v1/calendar-feed', mine.startup, {});
    const feed = await downloadCalendar(live.messaging.url, issued.body.url, null);
    const replaced = await live.messaging.call('POST', '/v1/calendar-feed', mine.startup, {});
    const oldUrl = await downloadCalendar(live.messaging.url, issued.body.url, null);
    const newUrl = await downloadCalendar(live.messaging.url, replaced.body.url, null);
    const revoked = await live.messaging.call('DELETE', '/v1/calendar-feed', mine.startup);
    const afterRevoke = await downloadCalendar(live.messaging.url, replaced.body.url, null);

    expect(issued.status).toBe(201);
    expect(feed.events.map((e) => e.uid)).toEqual([`${booked.body.id}@jisr`]);
    expect(feed.events[0]?.summary).toBe('اجتماع جسر');
    expect(oldUrl.status).toBe(404);
    expect(newUrl.events).toHaveLength(1);
    expect(revoked.status).toBe(204);
    expect(afterRevoke.status).toBe(404);
  });

  test('when 24 hours and then 1 hour remain, then both parties are reminded once each time', async () => {
    const intro = await anAcceptedIntroduction(live.world, live.messaging);
    await aBookedMeeting(live.messaging, intro);
    const reminders = async (token: string) =>
      (await live.messaging.call('GET', '/v1/notifications', token)).body.items
        .filter((n: { kind: string }) => n.kind === 'meeting.reminder')
        .map((n: { params: { hours: number }; text: { en: string } }) => [n.params.hours, n.text.en]);

    live.world.clock.set(new Date(Date.parse(FIRST_SLOT) - 24 * HOUR_MS - 1));
    const early = await live.messaging.service.tick();
    live.world.clock.advance(1);
    const dayBefore = [await live.messaging.service.tick(), await live.messaging.service.tick()];
    live.world.clock.set(new Date(Date.parse(FIRST_SLOT) - HOUR_MS));
    const hourBefore = await live.messaging.service.tick();

    expect(early.meetingReminders).toBe(0);
    expect(dayBefore.map((r) => r.meetingReminders)).toEqual([1, 0]);
    expect(hourBefore.meetingReminders).toBe(1);
    // The meeting starts 13:00 in Tripoli and 14:00 in Istanbul: each reminder names the reader's own time.
    expect((await reminders(intro.startup)).sort()).toEqual([
      [1, 'Your meeting starts in 1 hour, at 13:00 your time.'],
      [24, 'Your meeting starts in 24 hours, at 13:00 your time.'],
    ]);
    expect((await reminders(intro.advisor)).sort()).toEqual([
      [1, 'Your meeting starts in 1 hour, at 14:00 your time.'],
      [24, 'Your meeting starts in 24 hours, at 14:00 your time.'],
    ]);
  });

  test('when the advisor proposes other times, then the startup moves the meeting to one, and after it both record it as held', async () => {
    const intro = await anAcceptedIntroduction(live.world, live.messaging);
    const booked = await aBookedMeeting(live.messaging, intro);
    const proposed = '2025-03-05T07:00:00.000Z';

    const proposal = await live.messaging.call(
      'POST',
      `/v1/meetings/${booked.body.id}/proposals`,
      intro.advisor,
      { times: [proposed] },
    );
    const byStartup = await live.messaging.call(
      'POST',
      `/v1/meetings/${booked.body.id}/proposals`,
      intro.startup,
      { times: [proposed] },
    );
    const moved = await live.messaging.call(
      'POST',
      `/v1/meetings/${booked.body.id}/reschedule`,
      intro.startup,
      { startsAt: proposed, reason: 'Wednesday morning works' },
    );
    const tooEarly = await live.messaging.call(
      'POST',
      `/v1/meetings/${booked.body.id}/outcome`,
      intro.startup,
      { outcome: 'held', note: 'n' },
    );
    live.world.clock.set('2025-03-05T08:05:00.000Z');
    await live.messaging.call('POST', `/v1/meetings/${booked.body.id}/outcome`, intro.startup, {
      outcome: 'held',
      note: 'Agreed on three investor intros',
    });
    const both = await live.messaging.call('POST', `/v1/meetings/${booked.body.id}/outcome`, intro.advisor, {
      outcome: 'held',
      note: 'Good preparation',
    });
    const contradicting = await live.messaging.call(
      'POST',
      `/v1/meetings/${booked.body.id}/outcome`,
      intro.advisor,
      { outcome: 'no-show', note: 'x' },
    );
    const held = await live.world.eventsOf('meeting.held', booked.body.id);

    expect(proposal.body.proposals[0]).toMatchObject({
      startsAt: proposed,
      local: { startup: '2025-03-05T09:00:00+02:00', advisor: '2025-03-05T10:00:00+03:00' },
    });
    expect(byStartup).toMatchObject({ status: 403, body: { code: 'MEETING.ADVISOR_ONLY' } });
    expect(moved.body).toMatchObject({ startsAt: proposed, proposals: [], sequence: 1 });
    expect(tooEarly).toMatchObject({ status: 409, body: { code: 'MEETING.NOT_STARTED' } });
    expect(both.body.status).toBe('held');
    expect(both.body.outcomes.map((o: { by: string; note: string }) => [o.by, o.note])).toEqual([
      ['startup', 'Agreed on three investor intros'],
      ['advisor', 'Good preparation'],
    ]);
    expect(contradicting.status).toBe(409);
    expect(held).toHaveLength(1);
  });
});
