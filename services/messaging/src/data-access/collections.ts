import type { CollectionSpec, PageOrder } from '@jisr/storage';

/** Every collection messaging keeps, with the indexes its queries rely on. */
export const COLLECTIONS = {
  introductions: {
    name: 'introductions',
    indexes: [
      { name: 'by_advisor', fields: { advisorId: 1, sortKey: -1 } },
      { name: 'by_startup', fields: { startupId: 1, sortKey: -1 } },
      { name: 'by_due', fields: { status: 1, dueAt: 1 } },
    ],
  },
  threads: {
    name: 'threads',
    indexes: [
      { name: 'by_startup', fields: { startupId: 1, sortKey: -1 } },
      { name: 'by_advisor', fields: { advisorId: 1, sortKey: -1 } },
      { name: 'by_recency', fields: { sortKey: -1 } },
    ],
  },
  messages: {
    name: 'messages',
    indexes: [
      { name: 'by_thread_seq', fields: { threadId: 1, seq: -1 }, unique: true },
      { name: 'by_sender', fields: { senderId: 1 } },
    ],
  },
  notifications: {
    name: 'notifications',
    indexes: [
      { name: 'by_user', fields: { userId: 1, sortKey: -1 } },
      { name: 'by_user_unread', fields: { userId: 1, readAt: 1 } },
    ],
  },
  startups: { name: 'startups' },
  advisors: { name: 'advisors' },
  programmes: { name: 'programmes' },
  advisorActivity: { name: 'advisor_activity' },
  meetings: {
    name: 'meetings',
    indexes: [
      { name: 'by_introduction', fields: { introductionId: 1, startsAt: 1 } },
      { name: 'by_advisor_time', fields: { advisorId: 1, status: 1, startsAt: 1 } },
      { name: 'by_startup_time', fields: { startupId: 1, status: 1, startsAt: 1 } },
      { name: 'by_reminder', fields: { status: 1, reminderDueAt: 1 } },
    ],
  },
  availability: { name: 'availability' },
  // The _id is "<advisor>@<unit start>": the unique key that makes a double booking impossible.
  slotClaims: { name: 'slot_claims', indexes: [{ name: 'by_meeting', fields: { meetingId: 1 } }] },
  calendarFeeds: {
    name: 'calendar_feeds',
    indexes: [{ name: 'by_token', fields: { tokenHash: 1 }, unique: true }],
  },
  mailPreferences: { name: 'mail_preferences' },
  mailKeys: { name: 'mail_keys' },
  mailRecipients: { name: 'mail_recipients' },
  mailBatches: {
    name: 'mail_batches',
    indexes: [
      { name: 'by_due', fields: { dueAt: 1 } },
      { name: 'by_user', fields: { userId: 1 } },
    ],
  },
} as const satisfies Record<string, CollectionSpec>;

/** The field that names each party on introductions and threads. */
export const PARTY_FIELD = { startup: 'startupId', advisor: 'advisorId' } as const;

/** Lists page newest first on `sortKey` (`<time>|<id>`, written on every save and never read back). */
export const NEWEST_FIRST = { key: 'sortKey', direction: -1 } as const satisfies PageOrder;
