import { listVar, loadConfigOrExit, portVar, urlVar } from '@jisr/config';
import { LOG_LEVELS } from '@jisr/logger';
import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** The messaging service's environment, read once at start. Adapters are chosen here, never in code. */
export const messagingConfigSchema = z
  .object({
    MESSAGING_PORT: portVar(4003),
    JISR_DATA_DIR: z.string().default('./data'),
    STORAGE: z.enum(['sqlite', 'mongodb']).default('sqlite'),
    MONGO_URL: urlVar().optional(),
    BUS: z.enum(['memory', 'kafka']).default('memory'),
    KAFKA_BROKERS: listVar().optional(),
    CACHE: z.enum(['memory', 'redis']).default('memory'),
    REDIS_URL: urlVar().optional(),
    JWT_ISSUER: z.string().min(1).default('https://profile.jisr.local'),
    JWT_AUDIENCE: z.string().min(1).default('jisr'),
    JWKS_URL: urlVar('http://127.0.0.1:4001/.well-known/jwks.json'),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    /** Days an advisor has to answer when the programme sets no deadline of its own. */
    RESPONSE_DEADLINE_DAYS: positiveInt(7),
    /** How often the deadline scheduler looks for due reminders and expiries. */
    SCHEDULER_INTERVAL_MS: positiveInt(60_000),
    /** Messages one user may send per window (spam and runaway-client guard). */
    MESSAGE_RATE_LIMIT: positiveInt(30),
    MESSAGE_RATE_WINDOW_SECONDS: positiveInt(60),
  })
  .superRefine((env, ctx) => {
    const needs = [
      [
        env.STORAGE === 'mongodb' && env.MONGO_URL === undefined,
        'MONGO_URL',
        'is required when STORAGE=mongodb',
      ],
      [env.BUS === 'kafka' && env.KAFKA_BROKERS === undefined, 'KAFKA_BROKERS', 'is required when BUS=kafka'],
      [env.CACHE === 'redis' && env.REDIS_URL === undefined, 'REDIS_URL', 'is required when CACHE=redis'],
    ] as const;
    for (const [missing, variable, message] of needs) {
      if (missing) ctx.addIssue({ code: 'custom', path: [variable], message });
    }
  });

export type MessagingConfig = z.output<typeof messagingConfigSchema>;

/** Defaults for everything, overridden by `overrides`; what tests and the embedded runner start from. */
export const messagingConfig = (overrides: Record<string, string> = {}): MessagingConfig =>
  messagingConfigSchema.parse(overrides);

export const loadMessagingConfig = (): MessagingConfig =>
  loadConfigOrExit(messagingConfigSchema, process.env);
