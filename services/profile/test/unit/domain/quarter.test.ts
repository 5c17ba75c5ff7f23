import { previousQuarter, quarterOf, quarterStart } from '../../../src/domain/outcomes/quarter';

describe('quarters', () => {
  test('when a date falls on a quarter’s first or last instant, then it belongs to that quarter', () => {
    expect(quarterOf(new Date('2026-01-01T00:00:00Z'))).toBe('2026-Q1');
    expect(quarterOf(new Date('2026-03-31T23:59:59Z'))).toBe('2026-Q1');
    expect(quarterOf(new Date('2026-04-01T00:00:00Z'))).toBe('2026-Q2');
    expect(quarterOf(new Date('2026-12-31T12:00:00Z'))).toBe('2026-Q4');
  });

  test('when stepping back from the first quarter, then it is the last quarter of the year before', () => {
    expect(previousQuarter('2027-Q1')).toBe('2026-Q4');
    expect(previousQuarter('2026-Q3')).toBe('2026-Q2');
  });

  test('when a quarter starts, then it is the first day of its first month', () => {
    expect(quarterStart('2026-Q4').toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(quarterStart(previousQuarter(quarterOf(quarterStart('2026-Q1'))))).toEqual(
      new Date('2025-10-01T00:00:00Z'),
    );
  });
});
