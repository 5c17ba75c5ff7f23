import { loadConfig, portVar, urlVar } from '@jisr/config';
import { mailEnvShape } from '@jisr/mail';
import { platformEnvShape, requirePlatformUrls } from '@jisr/platform-adapters';
import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** The messaging service's environment, read once at start. Adapters are chosen here, never in code. */
export const messagingConfigSchema = z
  .object({
    MESSAGING_PORT: portVar(4003),
    /** The interface to listen on; compose and Kubernetes set 0.0.0.0 so other containers reach it. */
    MESSAGING_HOST: z.string().min(1).default('127.0.0.1'),
    ...platformEnvShape,
    // Messaging alone defaults these, so a bare start and its tests need no token settings.
    JWT_ISSUER: z.string().min(1).default('https://profile.jisr.local'),
    JWT_AUDIENCE: z.string().min(1).default('jisr'),
    JWKS_URL: urlVar('http://127.0.0.1:4001/.well-known/jwks.json'),
    /** Days an advisor has to answer when the programme sets no deadline of its own. */
    RESPONSE_DEADLINE_DAYS: positiveInt(7),
    /** Days a startup has to answer an advisor's question before the request expires (`info-not-provided`). */
    INFO_ANSWER_DEADLINE_DAYS: positiveInt(7),
    /** How often the deadline scheduler looks for due reminders and expiries. */
    SCHEDULER_INTERVAL_MS: positiveInt(60_000),
    /** Messages one user may send per window (spam and runaway-client guard). */
    MESSAGE_RATE_LIMIT: positiveInt(30),
    MESSAGE_RATE_WINDOW_SECONDS: positiveInt(60),
    // SMTP_URL (or the .eml folder), MAIL_FROM, TLS settings and PUBLIC_WEB_URL, as profile reads them.
    ...mailEnvShape,
    /** Where mail clients reach messaging's one-click unsubscribe; this instance's own address when unset. */
    MESSAGING_PUBLIC_URL: urlVar().optional(),
    /** How often due mail batches (a conversation's hour, the morning digest) are looked for. */
    MAIL_DISPATCH_INTERVAL_MS: positiveInt(30_000),
  })
  .superRefine(requirePlatformUrls);

export type MessagingConfig = z.output<typeof messagingConfigSchema>;

export const loadMessagingConfig = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): MessagingConfig => loadConfig(messagingConfigSchema, env);
