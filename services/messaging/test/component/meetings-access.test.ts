import { TOPICS } from '@jisr/contracts';
import { erased } from '../builders/events.builder';
import { anAcceptedIntroduction, tokenFor } from './harness';
import { aBookedMeeting, aBooking, downloadCalendar, FIRST_SLOT } from './meeting-steps';
import { aMessagingPerTest } from './per-test';

describe('who may see and arrange meetings', () => {
  const live = aMessagingPerTest();

  test('when someone outside the introduction reads, books or changes its meetings, then every answer is 404', async () => {
    const intro = await anAcceptedIntroduction(live.world, live.messaging);
    const booked = await aBookedMeeting(live.messaging, intro);
    const strangers = [tokenFor('startup-stranger', 'startup'), tokenFor('advisor-stranger', 'advisor')];
    const meeting = `/v1/meetings/${booked.body.id}`;

    for (const stranger of strangers) {
      const replies = [
        await live.messaging.call('GET', `/v1/introductions/${intro.introductionId}/slots`, stranger),
        await live.messaging.call('GET', `/v1/introductions/${intro.introductionId}/meetings`, stranger),
        await live.messaging.call(
          'POST',
          `/v1/introductions/${intro.introductionId}/meetings`,
          stranger,
          aBooking(),
        ),
        await live.messaging.call('GET', meeting, stranger),
        await live.messaging.call('POST', `${meeting}/cancel`, stranger, { reason: 'mischief' }),
        await live.messaging.call('POST', `${meeting}/reschedule`, stranger, {
          startsAt: booked.body.endsAt,
          reason: 'x',
        }),
      ];
      const invite = await downloadCalendar(live.messaging.url, `${meeting}/invite.ics`, stranger);

      expect(replies.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
      expect(invite.status).toBe(404);
      expect((await live.messaging.call('GET', '/v1/meetings', stranger)).body.items).toEqual([]);
    }
    const council = await live.messaging.call('GET', meeting, tokenFor('council-1', 'council'));
    const stillThere = await live.messaging.call('GET', meeting, intro.startup);

    expect(council.status).toBe(403);
    expect(stillThere.body.status).toBe('scheduled');
  });

  test('when a feed URL is guessed or malformed, then nothing is revealed and no token is needed to be told so', async () => {
    const intro = await anAcceptedIntroduction(live.world, live.messaging);
    await aBookedMeeting(live.messaging, intro);
    await live.messaging.call('POST', '/v1/calendar-feed', intro.startup, {});

    const guessed = await live.messaging.call('GET', `/v1/calendar-feeds/${'A'.repeat(43)}.ics`, null);
    const malformed = await live.messaging.call('GET', '/v1/calendar-feeds/short.ics', null);

    expect(guessed).toMatchObject({ status: 404, body: { code: 'MEETING.FEED_NOT_FOUND' } });
    expect(malformed.status).toBe(400);
  });

  test('when the startup is erased, then its meeting is cancelled, its agenda blanked and the advisor’s time freed', async () => {
    const intro = await anAcceptedIntroduction(live.world, live.messaging);
    const booked = await aBookedMeeting(live.messaging, intro);

    await live.world.publish(TOPICS.startup, erased('startup.erased', intro.startupId));
    const [cancelled] = await live.world.eventsOf('meeting.cancelled', booked.body.id);
    const seen = await live.messaging.call('GET', `/v1/meetings/${booked.body.id}`, intro.advisor);
    const upcoming = await live.messaging.call('GET', '/v1/meetings', intro.advisor);

    expect(cancelled?.payload).toMatchObject({ by: 'startup', startsAt: FIRST_SLOT });
    expect(seen.body).toMatchObject({ status: 'cancelled', agenda: '' });
    expect(upcoming.body.items).toEqual([]);
  });
});
