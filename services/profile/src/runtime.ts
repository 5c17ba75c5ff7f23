import { hoursToMs } from '@jisr/approvals';
import { hostname } from 'node:os';
import { createKeyVault } from '@jisr/auth';
import type { Subscription } from '@jisr/event-bus';
import { createMailOutbox, createMailRelay, openMailTransport } from '@jisr/mail';
import { createOutbox, createOutboxRelay } from '@jisr/outbox';
import { adapterReadiness, type RuntimeInput } from '@jisr/platform-adapters';
import type { ProfileConfig } from './config';
import { createProfileStore } from './data-access/profile-store';
import { createHashingPool } from './domain/accounts/hashing-pool';
import { createPasswordHasher } from './domain/accounts/password';
import { bootstrapCouncil } from './domain/accounts/register-account.use-case';
import { startAuditRetention } from './domain/audit/audit-retention';
import { seedDefaultCentres } from './domain/centres/centre.use-case';
import type { Clock } from '@jisr/contracts';
import { ensureSigningKey } from './domain/keys/signing-key.use-case';
import type { ProfileContext } from './domain/profile-context';
import type { ApiDeps } from './entry-points/api/api-deps';
import { throttleLimits } from './entry-points/api/throttle-limits';
import { subscribeAdvisorActivity } from './entry-points/message-queue/advisor-activity.consumer';
import { subscribeAuditActions } from './entry-points/message-queue/audit-actions.consumer';
import { subscribeMentorships } from './entry-points/message-queue/mentorship.consumer';
import {
  startOutcomeReminders,
  type OutcomeReminderScheduler,
} from './entry-points/scheduler/outcome-reminder.scheduler';

export interface RuntimeAdapters extends RuntimeInput<ProfileConfig> {
  readonly clock: Clock;
}

/** What the HTTP edge calls; exists only while the service runs. */
export interface ProfileRuntime {
  readonly ctx: ProfileContext;
  readonly limits: ReturnType<ApiDeps['limits']>;
  readonly outcomeReminders: OutcomeReminderScheduler;
  readiness(): Promise<Record<string, boolean>>;
  stop(): Promise<void>;
}

const contextSettings = (config: ProfileConfig): ProfileContext['settings'] => ({
  issuer: config.JWT_ISSUER,
  audience: config.JWT_AUDIENCE,
  accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
  refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
  passwordCost: config.PASSWORD_SCRYPT_COST,
  webUrl: config.PUBLIC_WEB_URL,
  approvalTtlMs: hoursToMs(config.APPROVAL_TTL_HOURS),
  ...(config.DEMO_ACCOUNTS_SCRYPT_COST === undefined
    ? {}
    : { demoAccountCost: config.DEMO_ACCOUNTS_SCRYPT_COST }),
});

/**
 * Starts profile's moving parts in dependency order: store, signing key and default data, the
 * outbox relay, then the consumer.
 */
export async function startProfileRuntime(input: RuntimeAdapters): Promise<ProfileRuntime> {
  const { storage, bus, cache, logger, clock, config } = input;
  const outbox = await createOutbox(storage);
  const relay = createOutboxRelay({ storage, bus, logger });
  const transport = openMailTransport(config);
  // One id per instance that survives a restart (host and port, not the pid): a profile killed while
  // sending takes its claimed mail back at once instead of waiting out the claim; replicas differ.
  const mail = {
    outbox: await createMailOutbox(storage),
    relay: createMailRelay({
      storage,
      transport,
      logger,
      relayId: `profile-${hostname()}:${config.PROFILE_PORT}`,
    }),
  };
  const ctx: ProfileContext = {
    store: await createProfileStore(storage, outbox, relay, createKeyVault(config.SIGNING_KEY_SECRETS), mail),
    clock,
    settings: contextSettings(config),
    passwords: createPasswordHasher(
      config.PASSWORD_SCRYPT_COST,
      createHashingPool({
        concurrency: config.PASSWORD_HASH_CONCURRENCY,
        queueLimit: config.PASSWORD_HASH_QUEUE,
        retryAfterSeconds: 2,
      }),
    ),
  };
  await ensureSigningKey(ctx);
  await seedDefaultCentres(ctx);
  if (config.COUNCIL_BOOTSTRAP_EMAIL !== undefined && config.COUNCIL_BOOTSTRAP_PASSWORD !== undefined) {
    const created = await bootstrapCouncil(ctx, {
      email: config.COUNCIL_BOOTSTRAP_EMAIL,
      password: config.COUNCIL_BOOTSTRAP_PASSWORD,
    });
    if (created !== null) logger.info({ accountId: created.accountId }, 'bootstrap council account created');
  }
  const retention = await startAuditRetention(ctx, config.AUDIT_RETENTION_DAYS, logger);
  relay.start();
  mail.relay.start();
  let subscription: Subscription | undefined;
  let mentorships: Subscription | undefined;
  let auditActions: Subscription | undefined;
  try {
    subscription = await subscribeAdvisorActivity(bus, ctx, logger);
    mentorships = await subscribeMentorships(bus, ctx, logger);
    auditActions = await subscribeAuditActions(bus, ctx, logger);
  } catch (error) {
    await subscription?.stop();
    await mentorships?.stop();
    await Promise.all([relay.stop(), mail.relay.stop(), retention.stop()]);
    await transport.close();
    throw error;
  }
  const outcomeReminders = startOutcomeReminders(ctx, config.OUTCOME_REMINDER_INTERVAL_MS, logger);
  return {
    ctx,
    outcomeReminders,
    limits: throttleLimits(cache, config),
    readiness: () => adapterReadiness({ storage, bus, cache }),
    stop: async () => {
      await subscription?.stop();
      await mentorships?.stop();
      await auditActions?.stop();
      await outcomeReminders.stop();
      await Promise.all([relay.stop(), mail.relay.stop(), retention.stop()]);
      await transport.close();
    },
  };
}
