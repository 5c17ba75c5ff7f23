import { anEvent } from '@jisr/test-kit';
import {
  applyProgressEvent,
  emptyProgress,
  type ProgressEvent,
} from '../../../src/domain/progress/startup-progress';

const base = { programmeId: 'binaa', startupId: 's1', cohortId: 'c1', centreId: 'tripoli', phaseId: 'p1' };
const milestone = (
  type: 'progress.milestone-reached' | 'progress.milestone-sent-back',
  day: number,
  milestoneId = 'm1',
): ProgressEvent => anEvent(type, { ...base, milestoneId, at: `2026-10-0${day}T09:00:00Z` }) as ProgressEvent;
const replay = (events: readonly ProgressEvent[]) =>
  events.reduce(applyProgressEvent, emptyProgress('binaa', 's1'));

describe('a milestone sent back (progress.milestone-sent-back)', () => {
  test('when a claim is sent back, then it no longer counts as reached, and other milestones stay', () => {
    const record = replay([
      milestone('progress.milestone-reached', 1),
      milestone('progress.milestone-reached', 2, 'm2'),
      milestone('progress.milestone-sent-back', 3),
    ]);

    expect(record.milestonesReached).toEqual([{ id: 'm2', at: '2026-10-02T09:00:00Z' }]);
  });

  test('when the startup claims it again after it was sent back, then it is reached at the new date, however often the events come', () => {
    const events = [
      milestone('progress.milestone-reached', 1),
      milestone('progress.milestone-sent-back', 2),
      milestone('progress.milestone-reached', 4),
    ];

    const once = replay(events);
    const twice = replay([...events, ...events]);

    expect(once.milestonesReached).toEqual([{ id: 'm1', at: '2026-10-04T09:00:00Z' }]);
    expect(twice).toEqual(once);
  });

  test('when a send-back older than the claim arrives, then the claim stays reached', () => {
    const record = replay([
      milestone('progress.milestone-reached', 5),
      milestone('progress.milestone-sent-back', 3),
    ]);

    expect(record.milestonesReached).toEqual([{ id: 'm1', at: '2026-10-05T09:00:00Z' }]);
  });
});
