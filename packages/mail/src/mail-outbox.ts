import { assertTx, type CollectionSpec, type Storage, type StoredDoc, type Tx } from '@jisr/storage';
import type { MailMessage } from './mail.port';

/** One email waiting for (or done with) delivery; `_id` is the idempotency key of its cause. */
export interface MailOutboxEntry extends StoredDoc {
  readonly message: MailMessage;
  readonly createdAt: string;
  /** When a relay may next try it: after a failure (backoff) or once another relay's claim lapses. */
  readonly nextAttemptAt: string;
  /** The relay that claimed it last; a restarted relay takes its own claims back at once. */
  readonly claimedBy: string | null;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly sentAt: string | null;
  /** Set when the relay gave up after its last attempt; the entry stays for a person to look at. */
  readonly failedAt: string | null;
}

export const MAIL_OUTBOX_SPEC: CollectionSpec = {
  name: 'mail_outbox',
  indexes: [{ name: 'due', fields: { sentAt: 1, failedAt: 1, nextAttemptAt: 1 } }],
};

export interface MailOutbox {
  /**
   * Adds an email inside the caller's transaction, so it exists exactly when the change that
   * caused it does. The key names that cause: a second enqueue with the same key is ignored
   * (returns false), so one cause never makes two emails. Nudge the relay after the commit.
   */
  enqueue(tx: Tx, key: string, message: MailMessage): Promise<boolean>;
}

export interface MailOutboxOptions {
  readonly clock?: { now(): Date };
}

/** Declares the `mail_outbox` collection and returns the writer used inside transactions. */
export const createMailOutbox = async (
  storage: Storage,
  options: MailOutboxOptions = {},
): Promise<MailOutbox> => {
  await storage.collection<MailOutboxEntry>(MAIL_OUTBOX_SPEC);
  return {
    enqueue: async (tx, key, message) => {
      assertTx(tx);
      const entries = await tx.collection<MailOutboxEntry>(MAIL_OUTBOX_SPEC);
      // Checked before inserting: a duplicate insert would abort the caller's whole transaction.
      if (await entries.get(key)) return false;
      const at = (options.clock?.now() ?? new Date()).toISOString();
      await entries.insert({
        _id: key,
        message,
        createdAt: at,
        nextAttemptAt: at,
        claimedBy: null,
        attempts: 0,
        lastError: null,
        sentAt: null,
        failedAt: null,
      });
      return true;
    },
  };
};
