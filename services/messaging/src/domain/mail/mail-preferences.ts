import type { NotificationKind } from '../notification/notification';

/** What a person can choose about, one switch each: the kinds of notification email. */
export const MAIL_KINDS = [
  'introduction-request',
  'deadline-reminder',
  'decision',
  'message-digest',
  'meeting',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** How a kind reaches them: as it happens, gathered in one email a day, or not by email at all. */
export const MAIL_DELIVERIES = ['immediately', 'daily', 'never'] as const;
export type MailDelivery = (typeof MAIL_DELIVERIES)[number];

export type MailChoices = Readonly<Record<MailKind, MailDelivery>>;

/** One person's choices; stored only once they change something (defaults otherwise). */
export interface MailPreferences {
  readonly id: string;
  readonly choices: MailChoices;
  readonly updatedAt: string;
  readonly version: number;
}

// Everything on until the person says otherwise: mentors answer because an email reached them.
export const DEFAULT_CHOICES: MailChoices = {
  'introduction-request': 'immediately',
  'deadline-reminder': 'immediately',
  decision: 'immediately',
  'message-digest': 'immediately',
  meeting: 'immediately',
};

const KIND_OF: Partial<Record<NotificationKind, MailKind>> = {
  'introduction.received': 'introduction-request',
  'deadline.reminder': 'deadline-reminder',
  'introduction.accepted': 'decision',
  'introduction.declined': 'decision',
  'introduction.info-requested': 'decision',
  'introduction.expired': 'decision',
  'introduction.released': 'decision',
  'introduction.info-unanswered': 'decision',
  'message.received': 'message-digest',
  'meeting.scheduled': 'meeting',
  'meeting.proposed': 'meeting',
  'meeting.rescheduled': 'meeting',
  'meeting.cancelled': 'meeting',
};

/** The email kind a notification belongs to; null for those that stay in the app only. */
export const mailKindOf = (kind: NotificationKind): MailKind | null => KIND_OF[kind] ?? null;

export const choicesOf = (stored: MailPreferences | null): MailChoices => ({
  ...DEFAULT_CHOICES,
  ...stored?.choices,
});

export function withChoices(
  accountId: string,
  stored: MailPreferences | null,
  changes: Partial<Record<MailKind, MailDelivery>>,
  now: Date,
): MailPreferences {
  return {
    id: accountId,
    choices: { ...choicesOf(stored), ...changes },
    updatedAt: now.toISOString(),
    version: stored?.version ?? 0,
  };
}
