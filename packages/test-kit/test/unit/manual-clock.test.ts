import { ManualClock } from '../../src/manual-clock';
import { uniqueName } from '../../src/unique-name';

describe('ManualClock', () => {
  test('when advanced, then now() moves by exactly that many milliseconds', () => {
    const clock = new ManualClock('2025-03-01T10:00:00.000Z');

    clock.advance(90_000);

    expect(clock.now().toISOString()).toBe('2025-03-01T10:01:30.000Z');
  });

  test('when set, then now() is that instant and later reads do not drift', () => {
    const clock = new ManualClock();

    clock.set('2026-01-01T00:00:00.000Z');

    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  test('when a caller mutates the returned date, then the clock is unaffected', () => {
    const clock = new ManualClock('2025-03-01T10:00:00.000Z');

    clock.now().setFullYear(1999);

    expect(clock.now().getUTCFullYear()).toBe(2025);
  });
});

describe('uniqueName', () => {
  test('when called twice with one prefix, then the names differ and keep the prefix', () => {
    const first = uniqueName('orders');
    const second = uniqueName('orders');

    expect(first).not.toBe(second);
    expect(first).toMatch(/^orders-[a-z0-9]+-[0-9a-f]{8}$/);
  });
});
