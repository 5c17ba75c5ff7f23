import { TOPICS } from '@jisr/contracts';
import { anEvent } from '@jisr/test-kit';
import { aWorld, type Instance, type World } from './matching-world';
import { aStartupIn, anAdvisorIn, council, messagingAnswers, requestIntroduction, until } from './scenario';

describe('meetings in the council pipeline (meeting.v1 from messaging)', () => {
  let world: World;
  let matching: Instance;

  beforeEach(async () => {
    world = await aWorld();
    matching = await world.start();
  });
  afterEach(() => world.close());

  test('when a meeting is booked, moved and then held, then the pipeline counts one meeting, time to it, and the startup as met', async () => {
    const seeded = await aStartupIn(world, matching);
    const { advisor } = await anAdvisorIn(world, matching);
    const requested = await requestIntroduction(matching, seeded, advisor.advisorId);
    const intro = {
      introductionId: requested.body.introductionId,
      startupId: seeded.startup.startupId,
      advisorId: advisor.advisorId,
    };
    const accepted = await messagingAnswers(world, 'introduction.accepted', intro);
    await until(
      () => matching.call('GET', `/v1/introductions/${intro.introductionId}`, seeded.startupToken),
      (r) => r.body.state === 'accepted',
      'acceptance applied',
    );
    const startsAt = new Date(Date.parse(accepted.occurredAt) + 30 * 3_600_000).toISOString();
    const movedTo = new Date(Date.parse(accepted.occurredAt) + 48 * 3_600_000).toISOString();
    const meeting = { meetingId: `meeting-${intro.introductionId}`, ...intro, by: 'startup' as const };
    const ends = (at: string) => new Date(Date.parse(at) + 3_600_000).toISOString();

    await world.publish(
      TOPICS.meeting,
      anEvent('meeting.scheduled', { ...meeting, startsAt, endsAt: ends(startsAt) }, { version: 1 }),
      anEvent(
        'meeting.rescheduled',
        { ...meeting, startsAt: movedTo, endsAt: ends(movedTo), previousStartsAt: startsAt },
        { version: 2 },
      ),
    );
    const scheduled = await until(
      () => matching.call('GET', '/v1/pipeline/funnel', council()),
      (r) => r.body.meetings.scheduled === 1 && r.body.medianHours.firstMeeting === 48,
      'the rescheduled meeting counted',
    );
    await world.publish(
      TOPICS.meeting,
      anEvent('meeting.held', { ...meeting, startsAt: movedTo, endsAt: ends(movedTo) }, { version: 3 }),
    );
    const held = await until(
      () => matching.call('GET', '/v1/pipeline/funnel', council()),
      (r) => r.body.startups.met === 1,
      'the held meeting counted',
    );
    const csv = await matching.call('GET', '/v1/pipeline/export.csv?view=introductions', council());

    expect(scheduled.body.startups.met).toBe(0);
    expect(held.body.meetings).toEqual({ scheduled: 0, held: 1, cancelled: 0, noShow: 0 });
    expect(held.body.medianHours.firstMeeting).toBe(48);
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[1]).toMatch(new RegExp(`,1,${movedTo}$`));
  });
});
