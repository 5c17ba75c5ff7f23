import type { KeyVault } from '@jisr/auth';
import {
  createIdempotentConsumer,
  outboxIn,
  type IdempotentConsumer,
  type Outbox,
  type OutboxRelay,
} from '@jisr/outbox';
import type { MailOutbox, MailRelay } from '@jisr/mail';
import {
  versionedRepository,
  type Collection,
  type CollectionSpec,
  type EntityDoc,
  type Storage,
  type Tx,
} from '@jisr/storage';
import type { Account } from '../domain/accounts/account';
import type { EmailToken } from '../domain/accounts/account-token';
import type { RefreshTokenRecord, SessionFamily } from '../domain/accounts/session';
import type { AdvisorProfile } from '../domain/advisors/advisor-profile';
import type { Centre } from '../domain/centres/centre';
import type { CouncilNotice } from '../domain/notices/notice';
import type { ProfileStore, ProfileTx } from '../domain/profile-store.port';
import type { Programme } from '../domain/programmes/programme';
import type { StartupProfile } from '../domain/startups/startup-profile';
import { retryingForkedAppends } from './audit-append-retry';
import { auditLogIn, auditRetentionIn } from './audit-log.repository';
import * as specs from './collections';
import { organisationRepository } from './organisation-repository';
import { MILESTONE_COLLECTIONS, milestoneRepositories } from './milestone-repositories';
import { OUTCOME_COLLECTIONS, outcomeRepositories } from './outcome-repositories';
import { nameSearchFields } from './name-search';
import { advisorFilter, startupFilter } from './profile-filters';
import { approvalRepository } from './approval.repository';
import { sealedSigningKeys, type SealedSigningKey } from './sealed-signing-keys';
import { trainingRepositories } from './training-collections';

/** The mail outbox and its relay; the relay is woken after a commit that enqueued mail. */
export interface ProfileMail {
  readonly outbox: MailOutbox;
  readonly relay: MailRelay;
}

interface Wakers {
  readonly events: () => void;
  readonly mail: () => void;
}

async function repositoriesIn(
  tx: Tx,
  outbox: Outbox,
  mail: MailOutbox,
  vault: KeyVault,
  wake: Wakers,
): Promise<ProfileTx> {
  const open = (spec: CollectionSpec): Promise<Collection<EntityDoc>> => tx.collection<EntityDoc>(spec);
  const accounts = versionedRepository<Account>(await open(specs.ACCOUNTS));
  const sessions = versionedRepository<SessionFamily>(await open(specs.SESSIONS));
  const signingKeys = versionedRepository<SealedSigningKey>(await open(specs.SIGNING_KEYS));
  const startups = versionedRepository<StartupProfile>(
    await open(specs.STARTUPS),
    nameSearchFields((s) => [s.name.latin, s.name.ar]),
  );
  const advisors = versionedRepository<AdvisorProfile>(
    await open(specs.ADVISORS),
    nameSearchFields((a) => [a.displayName, a.organisation]),
  );
  const programmes = versionedRepository<Programme>(await open(specs.PROGRAMMES));
  const centres = versionedRepository<Centre>(await open(specs.CENTRES));
  const notices = versionedRepository<CouncilNotice>(await open(specs.NOTICES));
  const emailTokens = versionedRepository<EmailToken>(await open(specs.EMAIL_TOKENS));
  const audit = { ...(await auditLogIn(tx)), retention: await auditRetentionIn(tx) };
  return {
    audit,
    accounts: {
      ...accounts,
      byEmailKey: (emailKey) => accounts.findOne({ emailKey }),
      countByRole: (role) => accounts.count({ role }),
      byRole: (role) => accounts.find({ role }),
    },
    sessions: {
      ...sessions,
      liveOf: (accountId) => sessions.find({ accountId, revokedAt: null }),
      allOf: async (accountId) => (await sessions.find({ accountId })).reverse(),
    },
    refreshTokens: versionedRepository<RefreshTokenRecord>(await open(specs.REFRESH_TOKENS)),
    emailTokens: {
      ...emailTokens,
      liveOf: (accountId, purpose) => emailTokens.find({ accountId, purpose, usedAt: null }),
    },
    signingKeys: sealedSigningKeys(signingKeys, vault),
    training: await trainingRepositories(open),
    startups: { ...startups, page: (filter, page) => startups.page(startupFilter(filter), page) },
    advisors: { ...advisors, page: (filter, page) => advisors.page(advisorFilter(filter), page) },
    programmes: { ...programmes, page: (page) => programmes.page({}, page) },
    centres: { ...centres, all: () => centres.find() },
    organisations: organisationRepository(await open(specs.ORGANISATIONS)),
    notices: {
      ...notices,
      page: (unreadOnly, page) => notices.page(unreadOnly ? { readAt: null } : {}, page, { direction: -1 }),
      removeAboutAdvisor: (advisorId) => notices.removeWhere({ advisorId }),
    },
    milestones: await milestoneRepositories(open),
    outcomes: await outcomeRepositories(open),
    approvals: approvalRepository(versionedRepository(await open(specs.APPROVALS))),
    mail: {
      enqueue: async (key, message) => {
        await mail.enqueue(tx, key, message);
        wake.mail();
      },
    },
    outbox: outboxIn(outbox, tx, wake.events),
  };
}

/**
 * The profile store on the storage port: each transaction hands the domain its repositories and
 * the outbox bound to that transaction; after a commit that wrote events the relay is woken.
 * Private signing keys pass through `vault`, so storage only ever holds them sealed.
 */
export async function createProfileStore(
  storage: Storage,
  outbox: Outbox,
  relay: OutboxRelay,
  vault: KeyVault,
  mail: ProfileMail,
): Promise<ProfileStore> {
  for (const spec of [...specs.ALL_COLLECTIONS, ...MILESTONE_COLLECTIONS, ...OUTCOME_COLLECTIONS])
    await storage.collection(spec);
  const consumers = new Map<string, IdempotentConsumer>();
  const consumerNamed = (name: string): IdempotentConsumer => {
    const existing = consumers.get(name) ?? createIdempotentConsumer(storage, name);
    consumers.set(name, existing);
    return existing;
  };
  const afterCommit = async <R>(run: (wake: Wakers) => Promise<R>): Promise<R> => {
    let appended = false;
    let mailed = false;
    const result = await run({
      events: () => {
        appended = true;
      },
      mail: () => {
        mailed = true;
      },
    });
    if (appended) relay.nudge();
    if (mailed) mail.relay.nudge();
    return result;
  };

  return {
    transaction: (work) =>
      afterCommit((wake) =>
        retryingForkedAppends(() =>
          storage.transaction(async (tx) => work(await repositoriesIn(tx, outbox, mail.outbox, vault, wake))),
        ),
      ),
    once: (consumer, event, work) =>
      afterCommit((wake) =>
        retryingForkedAppends(() =>
          consumerNamed(consumer).process(event, async (tx) =>
            work(await repositoriesIn(tx, outbox, mail.outbox, vault, wake)),
          ),
        ),
      ),
  };
}
