import { DateTime } from 'luxon';
import type { Notification } from '../notification/notification';

/** One notification waiting in a batch: what the email will tell, by reference (ids and numbers). */
export type MailItem = Pick<
  Notification,
  'id' | 'kind' | 'introductionId' | 'threadId' | 'meetingId' | 'params' | 'createdAt'
>;

/**
 * Notifications gathered into one future email: a conversation's new messages (at most one email
 * per conversation per hour) or everything a person chose to get once a day. The open batch's id
 * is its key, so every new item finds it; dispatching deletes it.
 */
export interface MailBatch {
  readonly id: string;
  readonly userId: string;
  /** `single`: one notification sent as soon as possible; the others gather several. */
  readonly mode: 'single' | 'conversation' | 'daily';
  readonly dueAt: string;
  /** Items kept for the email (the newest, bounded); `count` is how many there were in all. */
  readonly items: readonly MailItem[];
  readonly count: number;
  readonly openedAt: string;
  readonly version: number;
}

export const CONVERSATION_WINDOW_MS = 60 * 60 * 1000;
/** The local hour the daily digest is sent at, in the recipient's own time zone. */
export const DIGEST_HOUR = 8;
const KEPT_ITEMS = 20;

export const conversationBatchId = (userId: string, threadId: string): string =>
  `thread:${userId}:${threadId}`;
export const dailyBatchId = (userId: string): string => `daily:${userId}`;

export const itemOf = (n: Notification): MailItem => ({
  id: n.id,
  kind: n.kind,
  introductionId: n.introductionId,
  threadId: n.threadId,
  meetingId: n.meetingId,
  params: n.params,
  createdAt: n.createdAt,
});

/** The next DIGEST_HOUR o'clock in `timeZone` after `now` (Libya's 08:00 is not Türkiye's). */
export function nextDigestAt(now: Date, timeZone: string): Date {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const zoned = local.isValid ? local : DateTime.fromJSDate(now, { zone: 'UTC' });
  const today = zoned.set({ hour: DIGEST_HOUR, minute: 0, second: 0, millisecond: 0 });
  return (today > zoned ? today : today.plus({ days: 1 })).toJSDate();
}

/**
 * Adds an item to the open batch, or opens one. A conversation's batch is due an hour after its
 * first message, so however many follow in that hour, one email tells of them all.
 */
export function addToBatch(
  open: MailBatch | null,
  target: { id: string; userId: string; mode: 'conversation' | 'daily'; timeZone: string },
  item: MailItem,
  now: Date,
): MailBatch {
  if (open !== null) {
    return { ...open, items: [...open.items, item].slice(-KEPT_ITEMS), count: open.count + 1 };
  }
  const dueAt =
    target.mode === 'conversation'
      ? new Date(now.getTime() + CONVERSATION_WINDOW_MS)
      : nextDigestAt(now, target.timeZone);
  return {
    id: target.id,
    userId: target.userId,
    mode: target.mode,
    dueAt: dueAt.toISOString(),
    items: [item],
    count: 1,
    openedAt: now.toISOString(),
    version: 0,
  };
}
