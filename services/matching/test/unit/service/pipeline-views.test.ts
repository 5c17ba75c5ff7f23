import type { IntroductionRecord } from '../../../src/domain/introductions/introduction';
import { applyMeetingEvent, type MeetingEvent } from '../../../src/domain/introductions/meeting-marks';
import { applyAdvisorEvent, applyStartupEvent } from '../../../src/domain/read-model/apply-profile-event';
import type { StartupRecord } from '../../../src/domain/read-model/profile-records';
import {
  advisorLoadView,
  breakdownView,
  funnelView,
  sectorResearchView,
  type PipelineSnapshot,
} from '../../../src/domain/pipeline/pipeline-views';
import { anIntroductionRecord } from '../../builders/introductions';
import { aStartupProfile, anAdvisorProfile, anEvent } from '@jisr/test-kit';

const hour = (h: number): string => new Date(Date.UTC(2026, 0, 1) + h * 3_600_000).toISOString();

const registered = (
  overrides: Parameters<typeof aStartupProfile>[0],
  verifiedAtHour: number | null,
): StartupRecord => {
  const profile = aStartupProfile({ ...overrides, verification: 'pending' });
  const record = applyStartupEvent(
    null,
    anEvent('startup.upserted', profile, { version: 1, occurredAt: hour(0) }),
  )!;
  return verifiedAtHour === null
    ? record
    : applyStartupEvent(
        record,
        anEvent(
          'startup.verified',
          { startupId: profile.startupId },
          { version: 2, occurredAt: hour(verifiedAtHour) },
        ),
      )!;
};

const anIntroduction = (
  startupId: string,
  advisorId: string,
  overrides: Partial<IntroductionRecord>,
): IntroductionRecord =>
  anIntroductionRecord({
    id: `${startupId}-${advisorId}`,
    startupId,
    advisorId,
    note: 'note',
    score: 60,
    requestedAt: hour(10),
    ...overrides,
  });

const aMeetingEvent = (type: MeetingEvent['type'], meetingId: string, startsAt: string, version: number) =>
  anEvent(
    type,
    {
      meetingId,
      introductionId: 'intro',
      startupId: 'startup',
      advisorId: 'advisor',
      startsAt,
      endsAt: startsAt,
      by: 'startup',
      ...(type === 'meeting.rescheduled' ? { previousStartsAt: startsAt } : {}),
    } as never,
    { version },
  ) as MeetingEvent;

const applyMeetingEvents = (
  record: IntroductionRecord,
  events: readonly MeetingEvent[],
): IntroductionRecord =>
  events.reduce((current, event) => applyMeetingEvent(current, event) ?? current, record);

const aSnapshot = (): PipelineSnapshot => {
  const food = registered({ sector: '10', languages: [{ code: 'ar', proficiency: 'native' }] }, 2);
  const software = registered(
    {
      sector: '62',
      city: 'benghazi',
      languages: [
        { code: 'ar', proficiency: 'native' },
        { code: 'en', proficiency: 'fluent' },
      ],
    },
    6,
  );
  const waiting = registered({ sector: '62', stage: 'idea' }, null);
  const advisor = applyAdvisorEvent(
    null,
    anEvent('advisor.upserted', anAdvisorProfile({ sectors: ['62'], capacity: 2 })),
  )!;
  return {
    startups: [food, software, waiting],
    advisors: [advisor],
    programmes: [],
    progress: [],
    introductions: [
      anIntroduction(food.id, advisor.id, { state: 'accepted', requestedAt: hour(4), acceptedAt: hour(10) }),
      anIntroduction(software.id, advisor.id, {
        state: 'declined',
        requestedAt: hour(8),
        closedAt: hour(9),
        declineReason: 'other',
      }),
    ],
  };
};

describe('funnelView', () => {
  test('when startups move through the steps, then each is counted once per step reached', () => {
    const view = funnelView(aSnapshot(), {});

    expect(view.startups).toEqual({
      registered: 3,
      verified: 2,
      requested: 2,
      accepted: 1,
      active: 1,
      met: 0,
      completed: 0,
      declined: 1,
      expired: 0,
    });
    expect(view.introductions).toMatchObject({ accepted: 1, declined: 1, requested: 0 });
  });

  test('when durations differ, then the median hours of each step are reported', () => {
    const view = funnelView(aSnapshot(), {});

    // verification: 2 h and 6 h; first request: 2 h and 2 h; acceptance: 6 h.
    expect(view.medianHours).toEqual({
      verification: 4,
      firstRequest: 2,
      acceptance: 6,
      firstMeeting: null,
      completion: null,
    });
  });

  test('when an accepted introduction has meetings, then the startup has met and the first arranged meeting sets the median', () => {
    const snapshot = aSnapshot();
    const [accepted, ...rest] = snapshot.introductions;
    const withMeetings = applyMeetingEvents(accepted!, [
      aMeetingEvent('meeting.scheduled', 'm1', hour(20), 1),
      aMeetingEvent('meeting.cancelled', 'm1', hour(20), 2),
      aMeetingEvent('meeting.scheduled', 'm2', hour(40), 1),
      aMeetingEvent('meeting.rescheduled', 'm2', hour(34), 2),
      aMeetingEvent('meeting.held', 'm2', hour(34), 3),
      // A late redelivery of m2's first event changes nothing.
      aMeetingEvent('meeting.scheduled', 'm2', hour(40), 1),
    ]);

    const view = funnelView({ ...snapshot, introductions: [withMeetings, ...rest] }, {});

    expect(view.startups.met).toBe(1);
    expect(view.meetings).toEqual({ scheduled: 0, held: 1, cancelled: 1, noShow: 0 });
    // Accepted at hour 10, first meeting not cancelled at hour 34.
    expect(view.medianHours.firstMeeting).toBe(24);
  });

  test('when filtered by city, then only that city’s startups are counted', () => {
    expect(funnelView(aSnapshot(), { city: 'benghazi' }).startups).toMatchObject({
      registered: 1,
      declined: 1,
      accepted: 0,
    });
  });
});

describe('breakdownView', () => {
  test('when broken down by language, then a startup counts under each of its languages', () => {
    const rows = breakdownView(aSnapshot(), 'language', {});

    expect(rows.map((row) => [row.key, row.startups.registered])).toEqual([
      ['ar', 3],
      ['en', 2],
    ]);
    expect(rows[0]?.label).toEqual({ ar: 'العربية', tr: 'Arapça', en: 'Arabic' });
  });

  test('when broken down by sector, then divisions are grouped by their ISIC section', () => {
    expect(breakdownView(aSnapshot(), 'sector', {}).map((row) => [row.key, row.startups.registered])).toEqual(
      [
        ['C', 1],
        ['J', 2],
      ],
    );
  });
});

describe('advisorLoadView', () => {
  test('when an advisor has an active introduction, then the table shows load against capacity', () => {
    expect(advisorLoadView(aSnapshot())).toEqual([
      expect.objectContaining({
        capacity: 2,
        active: 1,
        open: 0,
        declined: 1,
        utilisation: 0.5,
        paused: false,
      }),
    ]);
  });
});

describe('sectorResearchView', () => {
  test('when requests were answered, then each section shows supply, demand and acceptance', () => {
    const rows = sectorResearchView(aSnapshot());

    expect(rows).toEqual([
      expect.objectContaining({
        section: 'C',
        startups: 1,
        advisors: 0,
        requests: 1,
        accepted: 1,
        acceptanceRate: 1,
      }),
      expect.objectContaining({
        section: 'J',
        startups: 2,
        verifiedStartups: 1,
        advisors: 1,
        requests: 1,
        acceptanceRate: 0,
      }),
    ]);
  });
});
