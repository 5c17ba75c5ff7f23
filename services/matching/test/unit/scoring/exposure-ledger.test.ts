import { AdvisorIndex, DEFAULT_WEIGHTS, ExposureLedger, recommendFairly } from '../../../src/domain/scoring';
import { aStartup, anAdvisor } from './pair-builders';

const HOLD_MS = 15 * 60_000;
const T0 = Date.parse('2026-03-01T09:00:00Z');

/** A star advisor (same division, idle) and two weaker ones (same section only). */
const arrange = (starCapacity: number) => {
  const index = new AdvisorIndex();
  const star = anAdvisor({ advisorId: 'adv-star', sectors: ['10'], capacity: starCapacity });
  const second = anAdvisor({ advisorId: 'adv-second', sectors: ['11'] });
  const third = anAdvisor({ advisorId: 'adv-third', sectors: ['12'] });
  [star, second, third].forEach((advisor) => index.upsert(advisor));
  const ledger = new ExposureLedger({ factor: 2, holdMs: HOLD_MS });
  const shownTo = (startupId: string, now = T0): string[] =>
    recommendFairly(index, ledger, aStartup({ startupId }), DEFAULT_WEIGHTS, { limit: 1 }, now).map(
      (p) => p.advisorId,
    );
  return { index, ledger, shownTo };
};

describe('ExposureLedger', () => {
  test('when asked for an advisor with free capacity, then the limit is ceil(free capacity × factor)', () => {
    const ledger = new ExposureLedger({ factor: 2.5, holdMs: HOLD_MS });

    expect([0, 1, 2, 3].map((free) => ledger.limitFor(free))).toEqual([0, 3, 5, 8]);
  });

  test('when an advisor is already in as many lists as allowed, then the next startup is shown the next best', () => {
    const { shownTo } = arrange(1);

    const first = shownTo('s-1');
    const second = shownTo('s-2');
    const third = shownTo('s-3');

    expect([first, second, third]).toEqual([['adv-star'], ['adv-star'], ['adv-second']]);
  });

  test('when the same startup asks again, then it keeps the advisor it holds', () => {
    const { shownTo } = arrange(1);
    shownTo('s-1');
    shownTo('s-2');

    expect(shownTo('s-1')).toEqual(['adv-star']);
    expect(shownTo('s-3')).toEqual(['adv-second']);
  });

  test('when the shown lists expire, then the advisor is shown to new startups again', () => {
    const { shownTo, ledger } = arrange(1);
    shownTo('s-1');
    shownTo('s-2');

    const later = T0 + HOLD_MS;

    expect(ledger.holderCount('adv-star', later)).toBe(0);
    expect(shownTo('s-3', later)).toEqual(['adv-star']);
  });

  test('when a startup releases its list, then its place goes to the next startup', () => {
    const { shownTo, ledger } = arrange(1);
    shownTo('s-1');
    shownTo('s-2');

    ledger.release('s-1');

    expect(ledger.heldBy('s-1', T0)).toEqual([]);
    expect(shownTo('s-3')).toEqual(['adv-star']);
  });

  test('when an advisor gains load, then fewer startups may hold them', () => {
    const { shownTo, index } = arrange(2);
    shownTo('s-1');
    shownTo('s-2');
    shownTo('s-3');

    index.setLoad('adv-star', 1);

    expect(shownTo('s-4')).toEqual(['adv-second']);
    expect(shownTo('s-1')).toEqual(['adv-star']);
  });

  test('when expired lists are swept, then nothing is held any more', () => {
    const { shownTo, ledger } = arrange(3);
    shownTo('s-1');
    shownTo('s-2', T0 + 1000);

    ledger.sweep(T0 + HOLD_MS + 500);

    expect(ledger.heldBy('s-1', T0)).toEqual([]);
    expect(ledger.heldBy('s-2', T0 + HOLD_MS + 500)).toEqual(['adv-star']);
    expect(ledger.holderCount('adv-star', T0 + HOLD_MS + 500)).toBe(1);
  });
});
