import { AppError } from '@jisr/errors';
import { DAY_MS } from '../../src/domain/introduction/deadline.rules';
import {
  accept,
  answerInfo,
  close,
  complete,
  decline,
  partyOf,
  requestInfo,
  type Introduction,
} from '../../src/domain/introduction/introduction';
import { anInboxItem } from '../builders/introduction.builder';

const received = new Date('2025-03-01T09:00:00.000Z');
const later = (days: number) => new Date(received.getTime() + days * DAY_MS);

const codeOf = (work: () => unknown): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? `${error.status} ${error.code}` : 'not an AppError';
  }
};

describe('introduction state machine', () => {
  test('when a request is received, then it waits in the inbox with a running deadline', () => {
    const item = anInboxItem({}, { now: received, deadlineDays: 7 });

    expect(item.status).toBe('requested');
    expect(item.deadlineAt).toBe(later(7).toISOString());
  });

  test('when the advisor accepts, then the item is accepted and no deadline remains', () => {
    const accepted = accept(anInboxItem(), later(1));

    expect(accepted).toMatchObject({
      status: 'accepted',
      decidedAt: later(1).toISOString(),
      deadlineAt: null,
      dueAt: null,
    });
  });

  test('when the advisor declines, then the reason and comment are kept', () => {
    const declined = decline(anInboxItem(), later(1), 'not-my-sector', 'Try an agritech mentor.');

    expect(declined.status).toBe('declined');
    expect(declined.decline).toEqual({ reason: 'not-my-sector', comment: 'Try an agritech mentor.' });
  });

  test('when the advisor asks for information and the startup answers, then the clock resumes with the time left', () => {
    const asked = requestInfo(
      anInboxItem({}, { now: received }),
      later(2),
      'What is your monthly revenue?',
      7,
    );

    const answered = answerInfo(asked, later(9), 'About 12,000 LYD.');

    expect(asked).toMatchObject({
      status: 'info-requested',
      deadlineAt: null,
      pausedRemainingMs: 5 * DAY_MS,
    });
    expect(answered.status).toBe('requested');
    expect(answered.deadlineAt).toBe(later(14).toISOString());
    expect(answered.info).toEqual([
      {
        question: 'What is your monthly revenue?',
        askedAt: later(2).toISOString(),
        answer: 'About 12,000 LYD.',
        answeredAt: later(9).toISOString(),
      },
    ]);
  });

  test('when a question is still open, then the advisor may still decide', () => {
    const asked = requestInfo(anInboxItem(), later(1), 'Team size?', 7);

    expect(accept(asked, later(2)).status).toBe('accepted');
  });

  test('when a question is already open, then a second one is refused with 409', () => {
    const asked = requestInfo(anInboxItem(), later(1), 'Team size?', 7);

    expect(codeOf(() => requestInfo(asked, later(2), 'And revenue?', 7))).toBe(
      '409 INTRODUCTION.INVALID_STATE',
    );
  });

  test.each([
    ['accepted', (i: Introduction) => accept(i, later(1))],
    ['declined', (i: Introduction) => decline(i, later(1), 'no-capacity', null)],
    ['expired', (i: Introduction) => close(i, later(8), 'deadline-passed')],
    ['withdrawn', (i: Introduction) => close(i, later(1), 'withdrawn-by-startup')],
  ])('when the item is already %s, then accept, decline and questions are refused with 409', (_, settle) => {
    const settled = settle(anInboxItem());

    expect(codeOf(() => accept(settled, later(2)))).toBe('409 INTRODUCTION.ALREADY_DECIDED');
    expect(codeOf(() => decline(settled, later(2), 'other', null))).toBe('409 INTRODUCTION.ALREADY_DECIDED');
    expect(codeOf(() => requestInfo(settled, later(2), 'Why?', 7))).toBe('409 INTRODUCTION.ALREADY_DECIDED');
  });

  test('when no question is open, then an answer is refused with 409', () => {
    expect(codeOf(() => answerInfo(anInboxItem(), later(1), 'Unasked.'))).toBe(
      '409 INTRODUCTION.INVALID_STATE',
    );
  });

  test('when an accepted introduction is completed, then who completed it and the rating are kept', () => {
    const done = complete(accept(anInboxItem(), later(1)), later(30), 'startup', 5, 'Very helpful.');

    expect(done.status).toBe('completed');
    expect(done.completion).toEqual({
      by: 'startup',
      rating: 5,
      comment: 'Very helpful.',
      at: later(30).toISOString(),
    });
  });

  test('when a requested introduction is completed, then it is refused with 409', () => {
    expect(codeOf(() => complete(anInboxItem(), later(1), 'advisor', 4, null))).toBe(
      '409 INTRODUCTION.INVALID_STATE',
    );
  });

  test('when an item closes, then a withdrawal or erasure reads withdrawn and everything else expired', () => {
    const item = anInboxItem();

    expect(close(item, later(1), 'withdrawn-by-startup').status).toBe('withdrawn');
    expect(close(item, later(1), 'party-erased').status).toBe('withdrawn');
    expect(close(item, later(1), 'advisor-unresponsive')).toMatchObject({
      status: 'expired',
      closedReason: 'advisor-unresponsive',
    });
    expect(close(item, later(8), 'deadline-passed')).toMatchObject({
      status: 'expired',
      closedReason: 'deadline-passed',
    });
  });

  test('when someone else asks which party they are, then they are neither', () => {
    const item = anInboxItem({ startupId: 's-1', advisorId: 'a-1' });

    expect([partyOf(item, 's-1'), partyOf(item, 'a-1'), partyOf(item, 'x')]).toEqual([
      'startup',
      'advisor',
      null,
    ]);
  });
});
