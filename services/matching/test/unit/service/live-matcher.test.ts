import {
  applyAdvisorEvent,
  applyProgrammeEvent,
  applyStartupEvent,
} from '../../../src/domain/read-model/apply-profile-event';
import { createLiveMatcher } from '../../../src/domain/recommendations/live-matcher';
import { ManualClock, aProgramme, aStartupProfile, anAdvisorProfile, anEvent } from '@jisr/test-kit';

const aMatcher = (overrides: Partial<Parameters<typeof createLiveMatcher>[0]> = {}) =>
  createLiveMatcher({
    clock: new ManualClock(),
    exposureFactor: 3,
    exposureHoldMs: 60_000,
    minScore: 40,
    ...overrides,
  });

type Matcher = ReturnType<typeof aMatcher>;

const addStartup = (matcher: Matcher, overrides: Parameters<typeof aStartupProfile>[0] = {}) => {
  const profile = aStartupProfile(overrides);
  matcher.putStartup(applyStartupEvent(null, anEvent('startup.upserted', profile))!);
  return profile.startupId;
};

const addAdvisor = (matcher: Matcher, overrides: Parameters<typeof anAdvisorProfile>[0] = {}) => {
  const profile = anAdvisorProfile(overrides);
  matcher.putAdvisor(applyAdvisorEvent(null, anEvent('advisor.upserted', profile))!);
  return profile.advisorId;
};

describe('live matcher: recommendations', () => {
  test('when an advisor shares no language with the startup, then they are never recommended', () => {
    const matcher = aMatcher();
    const startupId = addStartup(matcher, { languages: [{ code: 'ar', proficiency: 'native' }] });
    const turkishOnly = addAdvisor(matcher, { languages: [{ code: 'tr', proficiency: 'native' }] });
    const arabic = addAdvisor(matcher);

    const ids = matcher.recommendAdvisors(startupId, { limit: 10 })!.map((m) => m.advisorId);

    expect(ids).toEqual([arabic]);
    expect(matcher.fit(startupId, turkishOnly)).toBeNull();
  });

  test('when an advisor is at full load or paused, then they are not recommended', () => {
    const matcher = aMatcher();
    const startupId = addStartup(matcher);
    const full = addAdvisor(matcher, { capacity: 2 });
    const paused = addAdvisor(matcher, { paused: true });
    matcher.setAccepted(full, ['startup-a', 'startup-b']);

    expect(matcher.recommendAdvisors(startupId, { limit: 10 })).toEqual([]);
    expect(matcher.seat(paused)).toBeNull();
    expect(matcher.seat(full)).toEqual({ capacity: 2, load: 2 });
  });

  test("when an advisor's accepted introductions change, then each startup's current advisors follow", () => {
    const matcher = aMatcher();
    const first = addAdvisor(matcher, { capacity: 3 });
    const second = addAdvisor(matcher, { capacity: 3 });

    matcher.setAccepted(first, ['startup-a', 'startup-b']);
    matcher.setAccepted(second, ['startup-a']);
    expect([...matcher.currentAdvisorsOf('startup-a')].sort()).toEqual([first, second].sort());
    expect([...matcher.currentAdvisorsOf('startup-b')]).toEqual([first]);

    matcher.setAccepted(first, ['startup-b']);
    matcher.setAccepted(second, []);
    expect([...matcher.currentAdvisorsOf('startup-a')]).toEqual([]);
    expect([...matcher.currentAdvisorsOf('startup-b')]).toEqual([first]);
    expect(matcher.seat(first)).toEqual({ capacity: 3, load: 1 });
  });

  test('when a startup views the same list again, then peers are told again only after a tenth of the hold', () => {
    const clock = new ManualClock();
    const told: string[][] = [];
    const matcher = aMatcher({ clock, onHold: (_startupId, advisorIds) => told.push([...advisorIds]) });
    const startupId = addStartup(matcher);
    const first = addAdvisor(matcher);

    matcher.recommendAdvisors(startupId, { limit: 10 });
    matcher.recommendAdvisors(startupId, { limit: 10 });
    clock.advance(5_999);
    matcher.recommendAdvisors(startupId, { limit: 10 });
    expect(told).toEqual([[first]]);

    const second = addAdvisor(matcher);
    matcher.recommendAdvisors(startupId, { limit: 10 });
    expect(told).toHaveLength(2);
    expect([...told[1]!].sort()).toEqual([first, second].sort());

    clock.advance(6_000);
    matcher.recommendAdvisors(startupId, { limit: 10 });
    expect(told).toHaveLength(3);
  });

  test('when a startup is not verified, then it has no recommendations', () => {
    const matcher = aMatcher();
    const startupId = addStartup(matcher, { verification: 'pending' });

    expect(matcher.recommendAdvisors(startupId, { limit: 10 })).toBeNull();
    expect(matcher.isMatchableStartup(startupId)).toBe(false);
  });

  test('when a recommendation is returned, then its lines sum to the score and exist in ar, tr and en', () => {
    const matcher = aMatcher();
    const startupId = addStartup(matcher);
    addAdvisor(matcher);

    const [match] = matcher.recommendAdvisors(startupId, { limit: 1 })!;

    const sum =
      match!.explanation.reduce((total, line) => total + Math.round(line.contribution * 100), 0) / 100;
    expect(sum).toBeCloseTo(match!.score, 2);
    for (const line of match!.explanation) expect(Object.keys(line.text).sort()).toEqual(['ar', 'en', 'tr']);
  });

  test('when an advisor with one free place has been shown to enough startups, then the next startup sees the next best', () => {
    const matcher = aMatcher({ exposureFactor: 1 });
    const best = addAdvisor(matcher, { capacity: 1, sectors: ['10'] });
    const second = addAdvisor(matcher, { capacity: 1, sectors: ['11'] });
    const first = addStartup(matcher);
    const next = addStartup(matcher);

    const firstList = matcher.recommendAdvisors(first, { limit: 1 })!.map((m) => m.advisorId);
    const nextList = matcher.recommendAdvisors(next, { limit: 1 })!.map((m) => m.advisorId);

    expect(firstList).toEqual([best]);
    expect(nextList).toEqual([second]);
  });

  test('when a programme sets weights, then its startups are scored with them', () => {
    const matcher = aMatcher();
    const programme = aProgramme();
    const record = applyProgrammeEvent(null, anEvent('programme.upserted', programme))!;
    matcher.putProgramme(
      applyProgrammeEvent(
        record,
        anEvent(
          'programme.weights-changed',
          {
            programmeId: programme.programmeId,
            weights: { sector: 1, stage: 0, language: 1, needs: 0, load: 0 },
          },
          { version: 2 },
        ),
      )!,
    );
    const advisorId = addAdvisor(matcher, { sectors: ['62'] });
    const inProgramme = addStartup(matcher, { programmeId: programme.programmeId });
    const outside = addStartup(matcher);

    expect(matcher.fit(inProgramme, advisorId)!.score).not.toBe(matcher.fit(outside, advisorId)!.score);
  });
});

describe('live matcher: advisor view and cohort rounds', () => {
  test('when a paused advisor asks which startups fit, then they still get a ranked list', () => {
    const matcher = aMatcher();
    const advisorId = addAdvisor(matcher, { paused: true, sectors: ['10'] });
    const food = addStartup(matcher, { sector: '10' });
    const software = addStartup(matcher, { sector: '62' });

    expect(matcher.recommendStartups(advisorId, 10)!.map((m) => m.startupId)).toEqual([food, software]);
  });

  test('when a cohort is assigned, then capacities hold and each pair carries its explanation', () => {
    const matcher = aMatcher();
    const advisorId = addAdvisor(matcher, { capacity: 1 });
    const startups = [addStartup(matcher), addStartup(matcher)];

    const result = matcher.assignCohort({
      startupIds: startups,
      objective: 'max-total',
      forbidden: [],
      pinned: [],
    });

    expect(result.pairs).toHaveLength(1);
    expect(result.pairs[0]).toMatchObject({ advisorId, pinned: false });
    expect(result.pairs[0]!.explanation.length).toBeGreaterThan(0);
    expect(result.unassigned).toEqual([{ startupId: expect.any(String), reason: 'capacity-exhausted' }]);
  });

  test('when every pair scores below the minimum, then the startup is left unassigned with no candidate', () => {
    const matcher = aMatcher({ minScore: 99.5 });
    addAdvisor(matcher, { sectors: ['62'], stages: ['idea'] });
    const startupId = addStartup(matcher);

    expect(
      matcher.assignCohort({ startupIds: [startupId], objective: 'max-total', forbidden: [], pinned: [] })
        .unassigned,
    ).toEqual([{ startupId, reason: 'no-candidate' }]);
  });
});
