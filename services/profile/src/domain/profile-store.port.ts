import type { EventEnvelope } from '@jisr/contracts';
import type { Page, PageRequest, VersionedRepository as BaseRepository } from '@jisr/storage';
import type { MailMessage } from '@jisr/mail';
import type { TxOutbox } from '@jisr/outbox';
import type { Account } from './accounts/account';
import type { AuditLog, AuditRetention } from './audit/audit-log.port';
import type { EmailToken } from './accounts/account-token';
import type { RefreshTokenRecord, SessionFamily } from './accounts/session';
import type { AdvisorProfile } from './advisors/advisor-profile';
import type { Centre } from './centres/centre';
import type { StoredSigningKey } from './keys/signing-keys';
import type { MilestoneRepositories } from './milestones/milestone-store.port';
import type { ApprovalRepository } from './approvals/approval-store.port';
import type { CouncilNotice } from './notices/notice';
import type { OutcomeRepositories } from './outcomes/outcome-store.port';
import type { VerificationStatus } from './people/profile-fields';
import type { Programme } from './programmes/programme';
import type { Organisation } from './staff/organisation';
import type { StartupProfile } from './startups/startup-profile';
import type { TrainingRepositories } from './training/training-store.port';

export type { Page, PageRequest };

/** The storage package's optimistic repository, plus removal (whether there was one to remove). */
export interface VersionedRepository<T extends { id: string; version: number }> extends BaseRepository<T> {
  remove(id: string): Promise<boolean>;
}

/** The council's listing filters; each one narrows, and an absent one does not. */
export interface ProfileFilter {
  /** Part of a name (Latin or Arabic script), from the start of any of its words. */
  readonly q?: string | undefined;
  readonly sector?: string | undefined;
  readonly stage?: string | undefined;
  readonly city?: string | undefined;
  readonly language?: string | undefined;
  readonly verification?: VerificationStatus | undefined;
  readonly centreId?: string | undefined;
  readonly deactivated?: boolean | undefined;
}

export interface StartupFilter extends ProfileFilter {
  /** Placed at any of these centres (a centre-coordinator's scope). */
  readonly centreIn?: readonly string[] | undefined;
  readonly programmeId?: string | undefined;
  readonly cohortId?: string | undefined;
}

export interface AdvisorFilter extends ProfileFilter {
  readonly offer?: string | undefined;
  readonly paused?: boolean | undefined;
  /** Whether a material change awaits the council. */
  readonly pendingChange?: boolean | undefined;
}

export interface AccountRepository extends VersionedRepository<Account> {
  byEmailKey(emailKey: string): Promise<Account | null>;
  countByRole(role: Account['role']): Promise<number>;
  byRole(role: Account['role']): Promise<Account[]>;
}

export interface SessionRepository extends VersionedRepository<SessionFamily> {
  /** Families of this account not yet revoked. */
  liveOf(accountId: string): Promise<SessionFamily[]>;
  /** Every family of this account, newest first (data export). */
  allOf(accountId: string): Promise<SessionFamily[]>;
}

export interface ProfileRepository<
  T extends { id: string; version: number },
  F,
> extends VersionedRepository<T> {
  page(filter: F, page: PageRequest): Promise<Page<T>>;
}

/** Everything a use case may touch inside one transaction. */
export interface ProfileTx {
  readonly accounts: AccountRepository;
  readonly sessions: SessionRepository;
  readonly refreshTokens: VersionedRepository<RefreshTokenRecord>;
  readonly emailTokens: VersionedRepository<EmailToken> & {
    /** Unspent links of an account for one purpose (a new one makes the older ones useless). */
    liveOf(accountId: string, purpose: EmailToken['purpose']): Promise<EmailToken[]>;
  };
  readonly signingKeys: VersionedRepository<StoredSigningKey> & {
    all(): Promise<StoredSigningKey[]>;
    /** Seals again every key not sealed with the current key-encryption secret; returns how many. */
    reseal(): Promise<number>;
  };
  readonly startups: ProfileRepository<StartupProfile, StartupFilter>;
  readonly advisors: ProfileRepository<AdvisorProfile, AdvisorFilter>;
  readonly programmes: VersionedRepository<Programme> & { page(page: PageRequest): Promise<Page<Programme>> };
  readonly centres: VersionedRepository<Centre> & { all(): Promise<Centre[]> };
  readonly organisations: VersionedRepository<Organisation> & { all(): Promise<Organisation[]> };
  readonly notices: VersionedRepository<CouncilNotice> & {
    page(unreadOnly: boolean, page: PageRequest): Promise<Page<CouncilNotice>>;
    /** Erasure: notices name the advisor, so they go with them. */
    removeAboutAdvisor(advisorId: string): Promise<number>;
  };
  readonly milestones: MilestoneRepositories;
  readonly outcomes: OutcomeRepositories;
  readonly training: TrainingRepositories;
  /** Four-eyes requests on staff actions (erasure, advisor deactivation). */
  readonly approvals: ApprovalRepository;
  /** Email leaves through the mail outbox, written in this same transaction; `key` names its cause. */
  readonly mail: { enqueue(key: string, message: MailMessage): Promise<void> };
  /** Events leave through the outbox, written in this same transaction. */
  readonly outbox: TxOutbox;
  /** The audit log: a staff action appends its record in the action's own transaction. */
  readonly audit: AuditLog & { readonly retention: AuditRetention };
}

export interface ProfileStore {
  /** Runs `work` atomically; after a commit that wrote events, the outbox relay is woken. */
  transaction<R>(work: (tx: ProfileTx) => Promise<R>): Promise<R>;
  /** Like `transaction`, but applies an event's work at most once per consumer. */
  once(
    consumer: string,
    event: EventEnvelope,
    work: (tx: ProfileTx) => Promise<void>,
  ): Promise<'applied' | 'duplicate'>;
}
