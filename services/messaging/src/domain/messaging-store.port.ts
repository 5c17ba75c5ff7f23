import type { EventEnvelope } from '@jisr/contracts';
import type { MailMessage } from '@jisr/mail';
import type { TxOutbox } from '@jisr/outbox';
import type { Page, PageRequest, VersionedRepository } from '@jisr/storage';
import type { Message, Thread } from './conversation/thread';
import type { AdvisorActivity } from './introduction/advisor-activity';
import type { MeetingTx } from './meetings/meeting-store.port';
import type { Introduction, IntroductionStatus, Party } from './introduction/introduction';
import type { MailBatch } from './mail/mail-batch';
import type { MailRecipient } from './mail/mail-recipient';
import type { MailKey } from './mail/unsubscribe-token';
import type { MailPreferences } from './mail/mail-preferences';
import type { Notification } from './notification/notification';
import type { AdvisorRecord, ProgrammeRecord, StartupRecord } from './people/people';

export type { Page, PageRequest, VersionedRepository };

export interface IntroductionQuery {
  readonly party: Party;
  readonly accountId: string;
  readonly statuses: readonly IntroductionStatus[] | null;
}

export interface IntroductionRepository extends VersionedRepository<Introduction> {
  page(query: IntroductionQuery, page: PageRequest): Promise<Page<Introduction>>;
  /** Items whose deadline runs and that need the scheduler's attention at or before `now`. */
  due(now: Date, limit: number): Promise<Introduction[]>;
  /** Every open (requested or info-requested) item of one advisor. */
  openOf(advisorId: string): Promise<Introduction[]>;
  ofParty(party: Party, accountId: string): Promise<Introduction[]>;
}

export interface ThreadRepository extends VersionedRepository<Thread> {
  /** One party's threads, or every thread (`accountId` null, for the council). */
  page(party: Party | null, accountId: string | null, page: PageRequest): Promise<Page<Thread>>;
  ofParty(party: Party, accountId: string): Promise<Thread[]>;
}

export interface MessageRepository {
  add(message: Message): Promise<void>;
  /** Messages older than `beforeSeq` (all when null), newest first. */
  page(threadId: string, beforeSeq: number | null, limit: number): Promise<Message[]>;
  /** Removes the sender's identity from every message they wrote; returns how many changed. */
  forgetSender(accountId: string): Promise<number>;
}

export interface NotificationRepository {
  add(notification: Notification): Promise<void>;
  page(userId: string, unreadOnly: boolean, page: PageRequest): Promise<Page<Notification>>;
  unreadCount(userId: string): Promise<number>;
  /** An unread notification of this kind about this thread, used to avoid one entry per message. */
  unreadAbout(userId: string, kind: Notification['kind'], threadId: string): Promise<Notification | null>;
  /** Marks the user's notifications read (the given ids, or all when null); returns how many changed. */
  markRead(userId: string, ids: readonly string[] | null, now: Date): Promise<number>;
  /** Deletes every notification addressed to the user (erasure). */
  forgetUser(userId: string): Promise<void>;
}

export interface MailBatchRepository extends VersionedRepository<MailBatch> {
  /** Batches whose email is due at or before `now`, oldest first. */
  due(now: Date, limit: number): Promise<MailBatch[]>;
  /** Deletes a dispatched batch, if nobody added to it since it was read. */
  remove(batch: MailBatch): Promise<boolean>;
  forgetUser(userId: string): Promise<void>;
}

/** Everything a use case may touch inside one transaction. */
export interface MessagingTx extends MeetingTx {
  readonly introductions: IntroductionRepository;
  readonly threads: ThreadRepository;
  readonly messages: MessageRepository;
  readonly notifications: NotificationRepository;
  readonly startups: VersionedRepository<StartupRecord>;
  readonly advisors: VersionedRepository<AdvisorRecord>;
  readonly programmes: VersionedRepository<ProgrammeRecord>;
  readonly advisorActivity: VersionedRepository<AdvisorActivity>;
  readonly mailPreferences: VersionedRepository<MailPreferences>;
  readonly mailKeys: VersionedRepository<MailKey>;
  readonly mailRecipients: VersionedRepository<MailRecipient>;
  /** Notifications waiting to become email; see queue-mail.ts. */
  readonly mailBatches: MailBatchRepository;
  /** Events leave through the outbox, written in this same transaction. */
  readonly outbox: TxOutbox;
  /** Emails leave through the mail outbox, written in this same transaction; one key, one email. */
  readonly mail: { enqueue(key: string, message: MailMessage): Promise<boolean> };
  /** Delivered to live streams only after the transaction commits. */
  readonly live: { push(notification: Notification): void };
}

export interface MessagingStore {
  /** Runs `work` atomically; after commit, live notifications go out and the outbox relay is woken. */
  transaction<R>(work: (tx: MessagingTx) => Promise<R>): Promise<R>;
  /** Like `transaction`, but applies an event's work at most once per consumer. */
  once(
    consumer: string,
    event: EventEnvelope,
    work: (tx: MessagingTx) => Promise<void>,
  ): Promise<'applied' | 'duplicate'>;
}
