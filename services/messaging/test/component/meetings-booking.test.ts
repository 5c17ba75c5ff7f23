import { anAcceptedIntroduction, startInstance, tokenFor } from './harness';
import { aBookedMeeting, aBooking, FIRST_SLOT, officeHours, SECOND_SLOT } from './meeting-steps';
import { aMessagingPerTest } from './per-test';

describe('booking a meeting', () => {
  const live = aMessagingPerTest();

  test('when the advisor keeps office hours in Istanbul, then the startup sees each slot in Tripoli and Istanbul time', async () => {
    const intro = await anAcceptedIntroduction(live.world, live.messaging);
    await officeHours(live.messaging, intro.advisor);

    const slots = await live.messaging.call(
      'GET',
      `/v1/introductions/${intro.introductionId}/slots?from=2025-03-03T00:00:00Z&to=2025-03-05T00:00:00Z`,
      intro.startup,
    );

    expect(slots.status).toBe(200);
    expect(slots.body).toMatchObject({
      advisorTimeZone: 'Europe/Istanbul',
      startupTimeZone: 'Africa/Tripoli',
      meetingMinutes: 60,
    });
    expect(slots.body.slots[0]).toEqual({
      startsAt: FIRST_SLOT,
      endsAt: SECOND_SLOT,
      local: { startup: '2025-03-04T13:00:00+02:00', advisor: '2025-03-04T14:00:00+03:00' },
    });
    expect(slots.body.slots).toHaveLength(3);
  });

  test('when the startup books a slot, then both see the meeting, the advisor is notified with the invite and meeting.scheduled goes out', async () => {
    const intro = await anAcceptedIntroduction(live.world, live.messaging);

    const booked = await aBookedMeeting(live.messaging, intro);
    const [event] = await live.world.eventsOf('meeting.scheduled', booked.body.id);
    const asAdvisor = await live.messaging.call('GET', '/v1/meetings', intro.advisor);
    const notifications = await live.messaging.call('GET', '/v1/notifications', intro.advisor);
    const slotsAfter = await live.messaging.call(
      'GET',
      `/v1/introductions/${intro.introductionId}/slots?from=2025-03-04T00:00:00Z&to=2025-03-05T00:00:00Z`,
      intro.startup,
    );

    expect(booked.body).toMatchObject({
      status: 'scheduled',
      startsAt: FIRST_SLOT,
      local: { startsAt: { startup: '2025-03-04T13:00:00+02:00', advisor: '2025-03-04T14:00:00+03:00' } },
      place: { kind: 'online', url: 'https://meet.jisr.example/room-7' },
      sequence: 0,
    });
    expect(asAdvisor.body.items.map((m: { id: string }) => m.id)).toEqual([booked.body.id]);
    expect(
      notifications.body.items.find((n: { kind: string }) => n.kind === 'meeting.scheduled'),
    ).toMatchObject({
      kind: 'meeting.scheduled',
      meetingId: booked.body.id,
      invite: `/v1/meetings/${booked.body.id}/invite.ics`,
      text: { tr: 'Yeni bir toplantı planlandı. Takviminize ekleyin.' },
    });
    expect(event?.payload).toMatchObject({
      introductionId: intro.introductionId,
      startsAt: FIRST_SLOT,
      by: 'startup',
    });
    expect(slotsAfter.body.slots.map((s: { startsAt: string }) => s.startsAt)).not.toContain(FIRST_SLOT);
  });

  test('when 20 bookings of the same slot arrive at once, then exactly one succeeds and the others are refused with 409', async () => {
    const intro = await anAcceptedIntroduction(live.world, live.messaging);
    await officeHours(live.messaging, intro.advisor);

    const replies = await Promise.all(
      Array.from({ length: 20 }, () =>
        live.messaging.call(
          'POST',
          `/v1/introductions/${intro.introductionId}/meetings`,
          intro.startup,
          aBooking(),
        ),
      ),
    );

    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = replies.filter((r) => r.status === 409);
    expect(refused).toHaveLength(19);
    for (const r of refused)
      expect(['MEETING.SLOT_TAKEN', 'MEETING.SLOT_UNAVAILABLE']).toContain(r.body.code);
    expect((await live.messaging.call('GET', '/v1/meetings', intro.advisor)).body.items).toHaveLength(1);
  });

  test('when 20 bookings of one slot are split across two replicas on one database file, then exactly one succeeds', async () => {
    const intro = await anAcceptedIntroduction(live.world, live.messaging);
    await officeHours(live.messaging, intro.advisor);
    // A second process-like replica: its own storage handle on the same SQLite file, the same bus.
    const replica = await startInstance(live.world);

    try {
      const replies = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 === 0 ? live.messaging : replica).call(
            'POST',
            `/v1/introductions/${intro.introductionId}/meetings`,
            intro.startup,
            aBooking(),
          ),
        ),
      );

      expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
      expect(replies.filter((r) => r.status === 409)).toHaveLength(19);
      expect((await replica.call('GET', '/v1/meetings', intro.startup)).body.items).toHaveLength(1);
    } finally {
      await replica.service.stop();
    }
  });

  test('when the startup takes a proposed time that overlaps another booking, then storage refuses the second claim', async () => {
    const intro = await anAcceptedIntroduction(live.world, live.messaging);
    const first = await aBookedMeeting(live.messaging, intro, FIRST_SLOT);
    const second = await aBookedMeeting(live.messaging, intro, SECOND_SLOT);
    // The advisor proposes a time that half-overlaps the first meeting; no slot check applies to proposals.
    await live.messaging.call('POST', `/v1/meetings/${second.body.id}/proposals`, intro.advisor, {
      times: ['2025-03-04T11:30:00.000Z'],
    });

    const taken = await live.messaging.call(
      'POST',
      `/v1/meetings/${second.body.id}/reschedule`,
      intro.startup,
      {
        startsAt: '2025-03-04T11:30:00.000Z',
        reason: 'The earlier time suits us better',
      },
    );
    const unchanged = await live.messaging.call('GET', `/v1/meetings/${second.body.id}`, intro.startup);

    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('MEETING.SLOT_TAKEN');
    expect(unchanged.body).toMatchObject({ startsAt: SECOND_SLOT, sequence: 0 });
    expect(first.body.status).toBe('scheduled');
  });

  test('when a booking is malformed or the introduction is not accepted, then it is refused with field errors or 409', async () => {
    const intro = await anAcceptedIntroduction(live.world, live.messaging);
    await officeHours(live.messaging, intro.advisor);

    const offGrid = await live.messaging.call(
      'POST',
      `/v1/introductions/${intro.introductionId}/meetings`,
      intro.startup,
      {
        ...aBooking('2025-03-04T11:10:00Z'),
        place: { kind: 'online', url: 'http://insecure.example' },
      },
    );
    const outside = await live.messaging.call(
      'POST',
      `/v1/introductions/${intro.introductionId}/meetings`,
      intro.startup,
      aBooking('2025-03-05T11:00:00Z'),
    );
    await live.messaging.call('POST', `/v1/introductions/${intro.introductionId}/complete`, intro.startup, {
      rating: 5,
    });
    const closed = await live.messaging.call(
      'POST',
      `/v1/introductions/${intro.introductionId}/meetings`,
      intro.startup,
      aBooking(),
    );

    expect(offGrid.status).toBe(400);
    expect(offGrid.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.place.url']);
    expect(outside).toMatchObject({ status: 409, body: { code: 'MEETING.SLOT_UNAVAILABLE' } });
    expect(closed).toMatchObject({ status: 409, body: { code: 'MEETING.INTRODUCTION_NOT_ACTIVE' } });
    expect((await live.messaging.call('PUT', '/v1/availability', tokenFor('s', 'startup'), {})).status).toBe(
      403,
    );
  });
});
