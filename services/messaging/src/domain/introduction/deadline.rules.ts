export const DAY_MS = 86_400_000;

/** Reminders reach the advisor this long before the deadline; each is sent at most once. */
export const REMINDERS = [
  { key: '3d', days: 3 },
  { key: '1d', days: 1 },
] as const;
export type ReminderKey = (typeof REMINDERS)[number]['key'];

/** The deadline-related fields of an inbox item; `dueAt` is when the scheduler must next look at it. */
export interface DeadlineState {
  readonly deadlineAt: string | null;
  /** Time left when the advisor asked for information; the clock stops until the startup answers. */
  readonly pausedRemainingMs: number | null;
  /** While the clock is stopped: when the startup's answer is due (the item expires after it). */
  readonly answerDueAt?: string | null;
  readonly remindersLeft: readonly ReminderKey[];
  readonly dueAt: string | null;
}

export type DueAction =
  | { readonly kind: 'expire' }
  | { readonly kind: 'remind'; readonly reminder: ReminderKey; readonly days: number };

const reminderOf = (key: ReminderKey) => REMINDERS.find((r) => r.key === key) ?? REMINDERS[0];

const nextDueAt = (deadlineAt: Date, remindersLeft: readonly ReminderKey[]): Date => {
  const times = remindersLeft.map((key) => deadlineAt.getTime() - reminderOf(key).days * DAY_MS);
  return new Date(Math.min(deadlineAt.getTime(), ...times));
};

/**
 * A fresh deadline `days` from now. Reminders that would fall before the request even arrived
 * (a 2-day programme has no "3 days left") are dropped rather than sent at once.
 */
export function openDeadline(now: Date, days: number): DeadlineState {
  return startDeadline(now, days * DAY_MS);
}

function startDeadline(now: Date, windowMs: number): DeadlineState {
  const deadlineAt = new Date(now.getTime() + windowMs);
  const remindersLeft = REMINDERS.filter((r) => r.days * DAY_MS < windowMs).map((r) => r.key);
  return {
    deadlineAt: deadlineAt.toISOString(),
    pausedRemainingMs: null,
    remindersLeft,
    dueAt: nextDueAt(deadlineAt, remindersLeft).toISOString(),
  };
}

/** What the scheduler must do now for an item whose deadline runs, if anything. */
export function dueAction(state: DeadlineState, now: Date): DueAction | null {
  if (state.deadlineAt === null) return null;
  const deadline = new Date(state.deadlineAt).getTime();
  if (now.getTime() >= deadline) return { kind: 'expire' };
  // When several reminders are overdue (the service was down), only the most urgent is sent.
  const due = REMINDERS.filter(
    (r) => state.remindersLeft.includes(r.key) && now.getTime() >= deadline - r.days * DAY_MS,
  );
  const mostUrgent = due.at(-1);
  return mostUrgent ? { kind: 'remind', reminder: mostUrgent.key, days: mostUrgent.days } : null;
}

/** Marks `reminder` (and any earlier one it overtook) as sent. */
export function markReminded(state: DeadlineState, reminder: ReminderKey): DeadlineState {
  const days = reminderOf(reminder).days;
  const remindersLeft = state.remindersLeft.filter((key) => reminderOf(key).days < days);
  const deadlineAt = state.deadlineAt === null ? null : new Date(state.deadlineAt);
  return {
    ...state,
    remindersLeft,
    dueAt: deadlineAt ? nextDueAt(deadlineAt, remindersLeft).toISOString() : null,
  };
}

/**
 * Stops the advisor's clock (the remaining time is kept) and starts the startup's: its answer is due
 * `answerDays` from now, and that is when the scheduler looks at the item next.
 */
export function pauseDeadline(state: DeadlineState, now: Date, answerDays: number): DeadlineState {
  if (state.deadlineAt === null) return state;
  const remaining = Math.max(0, new Date(state.deadlineAt).getTime() - now.getTime());
  const answerDueAt = new Date(now.getTime() + answerDays * DAY_MS).toISOString();
  return { ...state, deadlineAt: null, pausedRemainingMs: remaining, answerDueAt, dueAt: answerDueAt };
}

/** Whether the startup let its answer's deadline pass. */
export const answerOverdue = (state: DeadlineState, now: Date): boolean =>
  typeof state.answerDueAt === 'string' && now.getTime() >= new Date(state.answerDueAt).getTime();

/** Restarts the clock with exactly the time that was left when it stopped. */
export function resumeDeadline(state: DeadlineState, now: Date): DeadlineState {
  if (state.pausedRemainingMs === null) return state;
  const deadlineAt = new Date(now.getTime() + state.pausedRemainingMs);
  return {
    deadlineAt: deadlineAt.toISOString(),
    pausedRemainingMs: null,
    answerDueAt: null,
    remindersLeft: state.remindersLeft,
    dueAt: nextDueAt(deadlineAt, state.remindersLeft).toISOString(),
  };
}

/** No deadline any more (decided, expired, withdrawn). */
export const clearedDeadline: DeadlineState = {
  deadlineAt: null,
  pausedRemainingMs: null,
  answerDueAt: null,
  remindersLeft: [],
  dueAt: null,
};
