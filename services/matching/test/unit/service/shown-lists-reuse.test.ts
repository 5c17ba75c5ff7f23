import fc from 'fast-check';
import { ManualClock, aStartupProfile, anAdvisorProfile, anEvent } from '@jisr/test-kit';
import { applyAdvisorEvent, applyStartupEvent } from '../../../src/domain/read-model/apply-profile-event';
import { createLiveMatcher } from '../../../src/domain/recommendations/live-matcher';

const HOLD_MS = 60_000;
const STARTUPS = ['s0', 's1', 's2', 's3'];
const ADVISORS = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5'];
const SECTORS = ['10', '11', '62'] as const;

type Step =
  | { kind: 'advisor'; advisor: number; capacity: number; sector: number; paused: boolean }
  | { kind: 'accepted'; advisor: number; startups: number[] }
  | { kind: 'peer'; startup: number; advisors: number[] }
  | { kind: 'view'; startup: number; limit: number; exclude: number[] }
  | { kind: 'wait'; ms: number }
  | { kind: 'again' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('advisor' as const),
    advisor: fc.nat(ADVISORS.length - 1),
    capacity: fc.integer({ min: 1, max: 3 }),
    sector: fc.nat(SECTORS.length - 1),
    paused: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('accepted' as const),
    advisor: fc.nat(ADVISORS.length - 1),
    startups: fc.uniqueArray(fc.nat(STARTUPS.length - 1), { maxLength: 2 }),
  }),
  fc.record({
    kind: fc.constant('peer' as const),
    startup: fc.nat(STARTUPS.length - 1),
    advisors: fc.uniqueArray(fc.nat(ADVISORS.length - 1), { maxLength: 3 }),
  }),
  // Views weigh most: repeats are what reuse is for.
  ...Array.from({ length: 4 }, () =>
    fc.record({
      kind: fc.constant('view' as const),
      startup: fc.nat(STARTUPS.length - 1),
      limit: fc.integer({ min: 1, max: 3 }),
      exclude: fc.uniqueArray(fc.nat(ADVISORS.length - 1), { maxLength: 1 }),
    }),
  ),
  // The last view asked again: what reuse is for, and where a stale list would show.
  fc.constant({ kind: 'again' as const }),
  fc.constant({ kind: 'again' as const }),
  fc.constant({ kind: 'again' as const }),
  fc.record({
    kind: fc.constant('wait' as const),
    ms: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2 * HOLD_MS })),
  }),
);

/** A matcher with a few startups, driven by the steps; `reuseLists` is the one difference. */
const aWorld = (reuseLists: boolean) => {
  const clock = new ManualClock();
  const matcher = createLiveMatcher({
    clock,
    exposureFactor: 1,
    exposureHoldMs: HOLD_MS,
    minScore: 0,
    reuseLists,
  });
  STARTUPS.forEach((startupId, i) =>
    matcher.putStartup(
      applyStartupEvent(
        null,
        anEvent('startup.upserted', aStartupProfile({ startupId, sector: SECTORS[i % SECTORS.length]! })),
      )!,
    ),
  );
  let lastView: Extract<Step, { kind: 'view' }> | undefined;
  const run = (s: Step): string | null => {
    switch (s.kind) {
      case 'again':
        return lastView === undefined ? null : run(lastView);
      case 'advisor':
        matcher.putAdvisor(
          applyAdvisorEvent(
            null,
            anEvent(
              'advisor.upserted',
              anAdvisorProfile({
                advisorId: ADVISORS[s.advisor]!,
                capacity: s.capacity,
                sectors: [SECTORS[s.sector]!],
                paused: s.paused,
              }),
            ),
          )!,
        );
        return null;
      case 'accepted':
        matcher.setAccepted(
          ADVISORS[s.advisor]!,
          s.startups.map((i) => STARTUPS[i]!),
        );
        return null;
      case 'peer':
        matcher.holdFromPeer(
          STARTUPS[s.startup]!,
          s.advisors.map((i) => ADVISORS[i]!),
          clock.now().getTime(),
        );
        return null;
      case 'wait':
        clock.advance(s.ms);
        return null;
      case 'view': {
        lastView = s;
        const items = matcher.recommendAdvisors(STARTUPS[s.startup]!, {
          limit: s.limit,
          exclude: new Set(s.exclude.map((i) => ADVISORS[i]!)),
        });
        return JSON.stringify(items?.map((item) => [item.advisorId, item.score, item.freeCapacity]));
      }
    }
  };
  return { run };
};

describe('reusing a startup’s last list', () => {
  test('when any sequence of changes, peer holds, waits and views happens, then every view equals a fresh ranking', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 50, size: 'medium' }), (steps) => {
        const reusing = aWorld(true);
        const fresh = aWorld(false);
        // Three advisors to begin with, so that most views list someone.
        for (const world of [reusing, fresh])
          for (const advisor of [0, 1, 2])
            world.run({ kind: 'advisor', advisor, capacity: 2, sector: advisor, paused: false });
        for (const s of steps) expect(reusing.run(s)).toBe(fresh.run(s));
      }),
      { numRuns: 200 },
    );
  });

  test('when a startup views the same list twice with nothing changed, then the same pairs come back', () => {
    const world = aWorld(true);
    world.run({ kind: 'advisor', advisor: 0, capacity: 2, sector: 0, paused: false });
    world.run({ kind: 'advisor', advisor: 1, capacity: 2, sector: 0, paused: false });
    const view: Step = { kind: 'view', startup: 0, limit: 2, exclude: [] };

    expect(world.run(view)).toBe(world.run(view));
    expect(JSON.parse(world.run(view)!)).toHaveLength(2);
  });
});
