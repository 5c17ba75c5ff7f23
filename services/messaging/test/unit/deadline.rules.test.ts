import {
  DAY_MS,
  dueAction,
  markReminded,
  openDeadline,
  answerOverdue,
  pauseDeadline,
  resumeDeadline,
} from '../../src/domain/introduction/deadline.rules';

const start = new Date('2025-03-01T09:00:00.000Z');
const at = (ms: number) => new Date(start.getTime() + ms);

describe('deadline rules', () => {
  test('when a 7-day deadline opens, then the first thing due is the 3-days-left reminder', () => {
    const state = openDeadline(start, 7);

    expect(state.deadlineAt).toBe(at(7 * DAY_MS).toISOString());
    expect(state.remindersLeft).toEqual(['3d', '1d']);
    expect(state.dueAt).toBe(at(4 * DAY_MS).toISOString());
  });

  test('when the deadline is shorter than a reminder, then that reminder is never planned', () => {
    const state = openDeadline(start, 2);

    expect(state.remindersLeft).toEqual(['1d']);
    expect(state.dueAt).toBe(at(DAY_MS).toISOString());
  });

  test('when nothing is due yet, then there is no action', () => {
    expect(dueAction(openDeadline(start, 7), at(4 * DAY_MS - 1))).toBeNull();
  });

  test('when 3 days are left, then the 3-day reminder is due, and after it the 1-day one is next', () => {
    const state = openDeadline(start, 7);

    const action = dueAction(state, at(4 * DAY_MS));
    const after = markReminded(state, '3d');

    expect(action).toEqual({ kind: 'remind', reminder: '3d', days: 3 });
    expect(after.remindersLeft).toEqual(['1d']);
    expect(after.dueAt).toBe(at(6 * DAY_MS).toISOString());
    expect(dueAction(after, at(4 * DAY_MS + 1))).toBeNull();
  });

  test('when both reminders are overdue, then only the most urgent is sent, once', () => {
    const state = openDeadline(start, 7);

    const action = dueAction(state, at(6.5 * DAY_MS));
    const after = markReminded(state, '1d');

    expect(action).toEqual({ kind: 'remind', reminder: '1d', days: 1 });
    expect(after.remindersLeft).toEqual([]);
    expect(after.dueAt).toBe(state.deadlineAt);
  });

  test('when the deadline is reached, then the item is due to expire even with reminders unsent', () => {
    expect(dueAction(openDeadline(start, 7), at(7 * DAY_MS))).toEqual({ kind: 'expire' });
  });

  test('when the clock is paused, then the advisor owes nothing, the remaining time is kept and the startup’s answer is due', () => {
    const paused = pauseDeadline(openDeadline(start, 7), at(2 * DAY_MS), 3);

    expect(paused).toMatchObject({
      deadlineAt: null,
      pausedRemainingMs: 5 * DAY_MS,
      answerDueAt: at(5 * DAY_MS).toISOString(),
      dueAt: at(5 * DAY_MS).toISOString(),
    });
    expect(dueAction(paused, at(30 * DAY_MS))).toBeNull();
    expect([answerOverdue(paused, at(5 * DAY_MS - 1)), answerOverdue(paused, at(5 * DAY_MS))]).toEqual([
      false,
      true,
    ]);
  });

  test('when the clock resumes ten days later, then the deadline is exactly the remaining time away', () => {
    const paused = pauseDeadline(openDeadline(start, 7), at(2 * DAY_MS), 7);

    const resumed = resumeDeadline(paused, at(12 * DAY_MS));

    expect(resumed.deadlineAt).toBe(at(17 * DAY_MS).toISOString());
    expect(resumed.pausedRemainingMs).toBeNull();
    expect(resumed.dueAt).toBe(at(14 * DAY_MS).toISOString());
  });

  test('when the clock is paused after the deadline, then no negative time is kept', () => {
    expect(pauseDeadline(openDeadline(start, 1), at(2 * DAY_MS), 7).pausedRemainingMs).toBe(0);
  });
});
