export const NOTIFICATION_KINDS = [
  'introduction.received',
  'introduction.withdrawn',
  'introduction.accepted',
  'introduction.declined',
  'introduction.info-requested',
  'introduction.info-provided',
  'introduction.expired',
  'introduction.info-unanswered',
  'introduction.released',
  'introduction.completed',
  'deadline.reminder',
  'message.received',
  'meeting.scheduled',
  'meeting.rescheduled',
  'meeting.proposed',
  'meeting.cancelled',
  'meeting.reminder',
  'meeting.recorded',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Something a user should learn about. It carries ids and numbers only — never names or message
 * text — so an erasure elsewhere never leaves personal data behind in someone's notification list.
 */
export interface Notification {
  readonly id: string;
  readonly userId: string;
  readonly kind: NotificationKind;
  readonly introductionId: string | null;
  readonly threadId: string | null;
  /** The meeting it is about; its calendar invite is offered with it. */
  readonly meetingId: string | null;
  readonly params: Readonly<Record<string, number>>;
  readonly createdAt: string;
  readonly readAt: string | null;
}

export interface NotificationInput {
  readonly userId: string;
  readonly kind: NotificationKind;
  readonly introductionId?: string;
  readonly threadId?: string;
  readonly meetingId?: string;
  readonly params?: Readonly<Record<string, number>>;
}

export function newNotification(input: NotificationInput, id: string, now: Date): Notification {
  return {
    id,
    userId: input.userId,
    kind: input.kind,
    introductionId: input.introductionId ?? null,
    threadId: input.threadId ?? null,
    meetingId: input.meetingId ?? null,
    params: input.params ?? {},
    createdAt: now.toISOString(),
    readAt: null,
  };
}
