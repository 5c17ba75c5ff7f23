import type { Logger } from '@jisr/logger';
import type { MailOutbox } from '@jisr/mail';
import { createIdempotentConsumer, outboxIn, type Outbox } from '@jisr/outbox';
import {
  lazyCollection,
  versionedRepository,
  type CollectionSpec,
  type Storage,
  type Tx,
} from '@jisr/storage';
import type { MailBatchRepository, MessagingStore, MessagingTx } from '../domain/messaging-store.port';
import type { LiveNotifications } from '../domain/notification/live-notifications.port';
import type { Notification } from '../domain/notification/notification';
import { COLLECTIONS } from './collections';
import { introductionRepository } from './introduction.repository';
import { calendarFeedRepository, meetingRepository, slotClaimRepository } from './meeting.repository';
import { mailBatchRepository } from './mail-batch.repository';
import { messageRepository } from './message.repository';
import { notificationRepository } from './notification.repository';
import { threadRepository } from './thread.repository';

export interface MessagingStoreDeps {
  readonly storage: Storage;
  readonly outbox: Outbox;
  /** Wakes the outbox relay once a transaction that wrote events has committed. */
  readonly nudgeRelay: () => void;
  /** Wakes the mail dispatcher once a transaction that queued mail has committed. */
  readonly nudgeMail: () => void;
  readonly mailOutbox: MailOutbox;
  /** Wakes the mail relay once a transaction that wrote an email has committed. */
  readonly nudgeMailRelay: () => void;
  readonly live: LiveNotifications;
  readonly logger: Logger;
}

/** What one transaction produced that may only leave after it commits. */
interface AfterCommit {
  readonly live: Notification[];
  wroteEvents: boolean;
  queuedMail: boolean;
  wroteMail: boolean;
}

/** Notes that mail was queued, so the dispatcher is woken after the commit instead of on its timer. */
const queuedMail = (batches: MailBatchRepository, after: AfterCommit): MailBatchRepository => ({
  ...batches,
  save: (batch) => {
    after.queuedMail = true;
    return batches.save(batch);
  },
});

/**
 * The domain's unit of work on the storage port: repositories bound to one transaction, the
 * outbox in the same transaction, live notifications held back until the commit succeeded.
 */
export async function createMessagingStore(deps: MessagingStoreDeps): Promise<MessagingStore> {
  // Declared once up front, so transactions never run schema statements.
  for (const spec of Object.values(COLLECTIONS)) await deps.storage.collection(spec);

  const bind = (tx: Tx, after: AfterCommit): MessagingTx => {
    const on = (spec: CollectionSpec) => lazyCollection(tx, spec);
    return {
      introductions: introductionRepository(on(COLLECTIONS.introductions)),
      threads: threadRepository(on(COLLECTIONS.threads)),
      messages: messageRepository(on(COLLECTIONS.messages)),
      notifications: notificationRepository(on(COLLECTIONS.notifications)),
      startups: versionedRepository(on(COLLECTIONS.startups)),
      advisors: versionedRepository(on(COLLECTIONS.advisors)),
      programmes: versionedRepository(on(COLLECTIONS.programmes)),
      advisorActivity: versionedRepository(on(COLLECTIONS.advisorActivity)),
      meetings: meetingRepository(on(COLLECTIONS.meetings)),
      availability: versionedRepository(on(COLLECTIONS.availability)),
      slotClaims: slotClaimRepository(on(COLLECTIONS.slotClaims)),
      calendarFeeds: calendarFeedRepository(on(COLLECTIONS.calendarFeeds)),
      mailPreferences: versionedRepository(on(COLLECTIONS.mailPreferences)),
      mailKeys: versionedRepository(on(COLLECTIONS.mailKeys)),
      mailRecipients: versionedRepository(on(COLLECTIONS.mailRecipients)),
      mailBatches: queuedMail(mailBatchRepository(on(COLLECTIONS.mailBatches)), after),
      outbox: outboxIn(deps.outbox, tx, () => {
        after.wroteEvents = true;
      }),
      live: { push: (notification) => after.live.push(notification) },
      mail: {
        enqueue: async (key, message) => {
          const added = await deps.mailOutbox.enqueue(tx, key, message);
          after.wroteMail ||= added;
          return added;
        },
      },
    };
  };

  const release = (after: AfterCommit): void => {
    if (after.wroteEvents) deps.nudgeRelay();
    if (after.queuedMail) deps.nudgeMail();
    if (after.wroteMail) deps.nudgeMailRelay();
    for (const notification of after.live) {
      // The in-app list already holds it; a lost live push only means the user sees it on next load.
      deps.live.publish(notification).catch((error: unknown) => {
        deps.logger.warn({ err: error, userId: notification.userId }, 'live notification not delivered');
      });
    }
  };

  const consumers = new Map<string, ReturnType<typeof createIdempotentConsumer>>();
  const consumer = (name: string) => {
    const existing = consumers.get(name);
    if (existing !== undefined) return existing;
    const created = createIdempotentConsumer(deps.storage, name);
    consumers.set(name, created);
    return created;
  };

  return {
    transaction: async (work) => {
      const after: AfterCommit = { live: [], wroteEvents: false, queuedMail: false, wroteMail: false };
      const result = await deps.storage.transaction((tx) => work(bind(tx, after)));
      release(after);
      return result;
    },
    once: async (name, event, work) => {
      const after: AfterCommit = { live: [], wroteEvents: false, queuedMail: false, wroteMail: false };
      const outcome = await consumer(name).process(event, (tx) => work(bind(tx, after)));
      release(after);
      return outcome;
    },
  };
}
