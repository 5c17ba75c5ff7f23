import {
  DECLINE_REASONS,
  INTRODUCTION_STATES,
  OPEN_INTRODUCTION_STATES,
  type DeclineReason,
  type IntroductionState,
  type LocalizedText,
} from '@jisr/contracts';
import { AppError } from '@jisr/errors';
import {
  clearedDeadline,
  markReminded,
  openDeadline,
  pauseDeadline,
  resumeDeadline,
  type DeadlineState,
  type ReminderKey,
} from './deadline.rules';

// One vocabulary with matching: the shared lifecycle names (`requested` until the advisor decides).
export const INTRODUCTION_STATUSES = INTRODUCTION_STATES;
export type IntroductionStatus = IntroductionState;
/** Waiting for the advisor: these hold a place in the inbox and may still be decided. */
export const OPEN_STATUSES = OPEN_INTRODUCTION_STATES;

/** The reasons an advisor picks from when declining: the `introduction.declined` contract's list. */
export { DECLINE_REASONS, type DeclineReason };

/** Why an item closed without the advisor deciding it. */
export const CLOSED_REASONS = [
  'deadline-passed',
  'advisor-unresponsive',
  'advisor-paused',
  'withdrawn-by-startup',
  'party-erased',
  'info-not-provided',
] as const;
export type ClosedReason = (typeof CLOSED_REASONS)[number];

export type Party = 'startup' | 'advisor';

export interface ExplanationLine {
  readonly criterion: string;
  readonly score: number;
  readonly text: LocalizedText;
}

export interface InfoExchange {
  readonly question: string;
  readonly askedAt: string;
  readonly answer: string | null;
  readonly answeredAt: string | null;
}

export interface Decline {
  readonly reason: DeclineReason;
  readonly comment: string | null;
}

export interface Completion {
  readonly by: Party;
  readonly rating: number;
  readonly comment: string | null;
  readonly at: string;
}

/** One introduction request as it sits in the advisor's inbox. */
export interface Introduction extends DeadlineState {
  readonly id: string;
  readonly startupId: string;
  readonly advisorId: string;
  readonly programmeId: string | null;
  readonly note: string;
  readonly score: number;
  readonly explanation: readonly ExplanationLine[];
  readonly requestedAt: string;
  readonly receivedAt: string;
  readonly status: IntroductionStatus;
  readonly info: readonly InfoExchange[];
  readonly decidedAt: string | null;
  readonly decline: Decline | null;
  readonly closedReason: ClosedReason | null;
  readonly completion: Completion | null;
  /** Last version seen or published on the introduction's aggregate key (events continue from it). */
  readonly eventVersion: number;
  /** Storage concurrency token: a write with a stale one is refused. */
  readonly version: number;
}

export type NewIntroductionInput = Pick<
  Introduction,
  | 'id'
  | 'startupId'
  | 'advisorId'
  | 'programmeId'
  | 'note'
  | 'score'
  | 'explanation'
  | 'requestedAt'
  | 'eventVersion'
>;

export function receiveIntroduction(
  input: NewIntroductionInput,
  now: Date,
  deadlineDays: number,
): Introduction {
  return {
    ...input,
    ...openDeadline(now, deadlineDays),
    receivedAt: now.toISOString(),
    status: 'requested',
    info: [],
    decidedAt: null,
    decline: null,
    closedReason: null,
    completion: null,
    version: 0,
  };
}

const TERMINAL: readonly IntroductionStatus[] = ['declined', 'expired', 'withdrawn', 'completed'];

function requireStatus(intro: Introduction, allowed: readonly IntroductionStatus[], action: string): void {
  if (allowed.includes(intro.status)) return;
  const decided = intro.status === 'accepted' || TERMINAL.includes(intro.status);
  throw new AppError(
    decided ? 'INTRODUCTION.ALREADY_DECIDED' : 'INTRODUCTION.INVALID_STATE',
    `The introduction is ${intro.status}; it cannot be ${action}.`,
    { status: 409 },
  );
}

export const isOpen = (intro: Introduction): boolean =>
  (OPEN_STATUSES as readonly string[]).includes(intro.status);

/** The advisor may decide while a question is still unanswered: waiting is their choice, not an obligation. */
export function accept(intro: Introduction, now: Date): Introduction {
  requireStatus(intro, OPEN_STATUSES, 'accepted');
  return { ...intro, ...clearedDeadline, status: 'accepted', decidedAt: now.toISOString() };
}

export function decline(
  intro: Introduction,
  now: Date,
  reason: DeclineReason,
  comment: string | null,
): Introduction {
  requireStatus(intro, OPEN_STATUSES, 'declined');
  return {
    ...intro,
    ...clearedDeadline,
    status: 'declined',
    decidedAt: now.toISOString(),
    decline: { reason, comment },
  };
}

/** One question at a time; the deadline stops until the startup answers. */
export function requestInfo(
  intro: Introduction,
  now: Date,
  question: string,
  answerDays: number,
): Introduction {
  requireStatus(intro, ['requested'], 'asked for information');
  const info = [...intro.info, { question, askedAt: now.toISOString(), answer: null, answeredAt: null }];
  return { ...intro, ...pauseDeadline(intro, now, answerDays), status: 'info-requested', info };
}

export function answerInfo(intro: Introduction, now: Date, answer: string): Introduction {
  requireStatus(intro, ['info-requested'], 'answered');
  const info = intro.info.map((entry, index) =>
    index === intro.info.length - 1 ? { ...entry, answer, answeredAt: now.toISOString() } : entry,
  );
  return { ...intro, ...resumeDeadline(intro, now), status: 'requested', info };
}

export function remind(intro: Introduction, reminder: ReminderKey): Introduction {
  return { ...intro, ...markReminded(intro, reminder) };
}

/** Closes an open item without a decision: the deadline passed, or the advisor can no longer answer. */
export function close(intro: Introduction, now: Date, reason: ClosedReason): Introduction {
  requireStatus(intro, OPEN_STATUSES, 'closed');
  const status: IntroductionStatus =
    reason === 'withdrawn-by-startup' || reason === 'party-erased' ? 'withdrawn' : 'expired';
  return { ...intro, ...clearedDeadline, status, closedReason: reason, decidedAt: now.toISOString() };
}

export function complete(
  intro: Introduction,
  now: Date,
  by: Party,
  rating: number,
  comment: string | null,
): Introduction {
  requireStatus(intro, ['accepted'], 'completed');
  return { ...intro, status: 'completed', completion: { by, rating, comment, at: now.toISOString() } };
}

/** Which side of the introduction `accountId` is, if any. */
export function partyOf(
  intro: Pick<Introduction, 'startupId' | 'advisorId'>,
  accountId: string,
): Party | null {
  if (intro.startupId === accountId) return 'startup';
  if (intro.advisorId === accountId) return 'advisor';
  return null;
}
