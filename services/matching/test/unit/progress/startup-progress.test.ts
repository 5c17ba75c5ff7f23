import { anEvent } from '@jisr/test-kit';
import {
  applyProgressEvent,
  emptyProgress,
  entryOutcome,
  latestOutcome,
  type ProgressEvent,
} from '../../../src/domain/progress/startup-progress';

const base = { programmeId: 'binaa', startupId: 's1', cohortId: 'c1', centreId: 'tripoli' };
const outcome = (quarter: string, at: string, employees: number): ProgressEvent =>
  anEvent('progress.outcome-reported', {
    ...base,
    at,
    quarter,
    employees,
    womenEmployed: 1,
    youthEmployed: 2,
    revenueBand: 'under-10k',
    investmentRaised: { amountUsd: 5000, source: 'turkish-investor-via-jisr' },
    partnerships: 1,
    exportDeals: 0,
  }) as ProgressEvent;
const replay = (events: readonly ProgressEvent[]) =>
  events.reduce(applyProgressEvent, emptyProgress('binaa', 's1'));

describe('a startup progress record (programme.progress.v1)', () => {
  test('when registrations, attendance and milestones arrive twice, then each is kept once at its first date', () => {
    const events = [
      anEvent('progress.registered', { ...base, at: '2026-10-01T09:00:00Z', sessionId: 'ts1' }),
      anEvent('progress.attended', { ...base, at: '2026-10-02T09:00:00Z', sessionId: 'ts1' }),
      anEvent('progress.milestone-reached', {
        ...base,
        at: '2026-10-03T09:00:00Z',
        phaseId: 'p1',
        milestoneId: 'm1',
      }),
      anEvent('progress.milestone-confirmed', {
        ...base,
        at: '2026-10-04T09:00:00Z',
        phaseId: 'p1',
        milestoneId: 'm1',
      }),
    ] as ProgressEvent[];

    const once = replay(events);
    const twice = replay([...events, ...events]);

    expect(twice).toEqual(once);
    expect(once).toMatchObject({
      cohortId: 'c1',
      centreId: 'tripoli',
      registered: [{ id: 'ts1', at: '2026-10-01T09:00:00Z' }],
      attended: [{ id: 'ts1', at: '2026-10-02T09:00:00Z' }],
      milestonesReached: [{ id: 'm1', at: '2026-10-03T09:00:00Z' }],
      milestonesConfirmed: [{ id: 'm1', at: '2026-10-04T09:00:00Z' }],
    });
  });

  test('when a registration is cancelled, then the session is no longer counted as registered', () => {
    const record = replay([
      anEvent('progress.registered', { ...base, at: '2026-10-01T09:00:00Z', sessionId: 'ts1' }),
      anEvent('progress.registration-cancelled', { ...base, at: '2026-10-01T10:00:00Z', sessionId: 'ts1' }),
    ] as ProgressEvent[]);

    expect(record.registered).toEqual([]);
  });

  test('when quarters arrive out of order and one is corrected, then entry is the first quarter and latest the last, corrected', () => {
    const record = replay([
      outcome('2027-Q1', '2027-04-02T09:00:00Z', 9),
      outcome('2026-Q4', '2027-01-05T09:00:00Z', 4),
      outcome('2027-Q1', '2027-04-09T09:00:00Z', 11),
      outcome('2027-Q1', '2027-04-03T09:00:00Z', 10),
    ]);

    expect(record.outcomes.map((o) => [o.quarter, o.employees])).toEqual([
      ['2026-Q4', 4],
      ['2027-Q1', 11],
    ]);
    expect(entryOutcome(record)?.employees).toBe(4);
    expect(latestOutcome(record)?.employees).toBe(11);
  });
});
