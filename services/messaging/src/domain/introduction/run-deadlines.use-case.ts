import { ConflictError } from '@jisr/errors';
import type { MessagingContext } from '../messaging-context';
import type { MessagingTx } from '../messaging-store.port';
import { notify } from '../notification/notify';
import { recordExpiry } from './advisor-activity';
import { answerOverdue, dueAction } from './deadline.rules';
import { close, remind, type Introduction } from './introduction';
import { activityOf } from './introduction-access';
import { emitActivityEvent, emitIntroductionEvent } from './introduction-events';
import { releaseOpenRequests } from './release-open-requests';

export interface DeadlineRun {
  readonly expired: number;
  readonly reminded: number;
  /** Items another instance handled first (its write won the version check). */
  readonly skipped: number;
}

/**
 * One pass of the deadline scheduler: sends due reminders and expires overdue items. All state
 * lives in storage, so a restarted service simply continues; each item is claimed by a versioned
 * write, so when several instances run the same pass each item is handled exactly once.
 */
export async function runDeadlines(ctx: MessagingContext, batchSize = 100): Promise<DeadlineRun> {
  const now = ctx.clock.now();
  const due = await ctx.store.transaction((tx) => tx.introductions.due(now, batchSize));
  const run = { expired: 0, reminded: 0, skipped: 0 };
  for (const { id } of due) {
    try {
      const outcome = await ctx.store.transaction((tx) => handleDue(tx, id, now));
      run[outcome] += 1;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      run.skipped += 1;
    }
  }
  return run;
}

async function handleDue(tx: MessagingTx, id: string, now: Date): Promise<keyof DeadlineRun> {
  // Re-read inside the transaction: another instance may have handled it since the list was taken.
  const intro = await tx.introductions.get(id);
  if (intro?.status === 'info-requested') return expireUnanswered(tx, intro, now);
  const action = intro === null || intro.status !== 'requested' ? null : dueAction(intro, now);
  if (intro === null || action === null) return 'skipped';
  if (action.kind === 'remind') {
    await tx.introductions.save(remind(intro, action.reminder));
    await notify(tx, now, {
      userId: intro.advisorId,
      kind: 'deadline.reminder',
      introductionId: intro.id,
      params: { days: action.days },
    });
    return 'reminded';
  }
  const expired = close(intro, now, 'deadline-passed');
  const reason = { reason: 'deadline-passed' } as const;
  await tx.introductions.save(await emitIntroductionEvent(tx, expired, 'introduction.expired', reason, now));
  await notify(tx, now, { userId: intro.startupId, kind: 'introduction.expired', introductionId: intro.id });
  await recordAdvisorExpiry(tx, intro.advisorId, intro.id, now);
  return 'expired';
}

/**
 * The startup left the advisor's question unanswered past its own deadline: the request expires.
 * This is not the advisor's silence, so it never counts towards "unresponsive".
 */
async function expireUnanswered(tx: MessagingTx, intro: Introduction, now: Date): Promise<keyof DeadlineRun> {
  if (!answerOverdue(intro, now)) return 'skipped';
  const expired = close(intro, now, 'info-not-provided');
  const reason = { reason: 'info-not-provided' } as const;
  await tx.introductions.save(await emitIntroductionEvent(tx, expired, 'introduction.expired', reason, now));
  for (const userId of [intro.startupId, intro.advisorId])
    await notify(tx, now, { userId, kind: 'introduction.info-unanswered', introductionId: intro.id });
  return 'expired';
}

/** Three expiries in a row: report the advisor and release what else waits on them. */
async function recordAdvisorExpiry(
  tx: MessagingTx,
  advisorId: string,
  introductionId: string,
  now: Date,
): Promise<void> {
  const outcome = recordExpiry(await activityOf(tx, advisorId), introductionId);
  let activity = outcome.activity;
  if (outcome.unresponsive !== null) {
    await releaseOpenRequests(tx, advisorId, now, 'advisor-unresponsive');
    const payload = { advisorId, introductionIds: [...outcome.unresponsive] };
    activity = await emitActivityEvent(tx, activity, 'advisor.unresponsive', payload, now);
  }
  await tx.advisorActivity.save(activity);
}
