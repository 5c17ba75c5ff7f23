import { approvalEnvShape } from '@jisr/approvals';
import { boolVar, loadConfig, portVar } from '@jisr/config';
import { mailEnvShape } from '@jisr/mail';
import { platformEnvShape, requirePlatformUrls } from '@jisr/platform-adapters';
import { z } from 'zod';

const int = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** Profile's environment, validated once at start; nothing else reads `process.env`. */
export const profileConfigSchema = z
  .object({
    PROFILE_PORT: portVar(4001),
    PROFILE_HOST: z.string().min(1).default('127.0.0.1'),
    ...platformEnvShape,
    ...mailEnvShape,
    ...approvalEnvShape,
    MONGO_DATABASE: z.string().min(1).default('jisr_profile'),
    ACCESS_TOKEN_TTL_SECONDS: int(60, 3600, 900),
    REFRESH_TOKEN_TTL_SECONDS: int(3600, 90 * 86_400, 30 * 86_400),
    /**
     * log2 of scrypt's N (r = 8, p = 1). 17 is OWASP's recommendation for p = 1 (128 MiB, a few
     * hundred ms). Tests set 10: every registration and login hashes, and at 17 a suite of
     * hundreds of logins would spend minutes in the KDF while proving nothing more.
     */
    PASSWORD_SCRYPT_COST: int(10, 20, 17),
    /**
     * DEMO ONLY, never in production: scrypt cost for accounts under the reserved `.example` domain
     * (the demo data set), so `npm start` loads it in seconds. Unset: every account at PASSWORD_SCRYPT_COST.
     */
    DEMO_ACCOUNTS_SCRYPT_COST: z.coerce.number().int().min(10).max(20).optional(),
    LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: int(1, 1000, 10),
    LOGIN_MAX_ATTEMPTS_PER_IP: int(1, 100_000, 100),
    LOGIN_WINDOW_SECONDS: int(1, 86_400, 900),
    REGISTRATION_MAX_PER_IP: int(1, 100_000, 20),
    REGISTRATION_MAX_PER_EMAIL: int(1, 1000, 3),
    REGISTRATION_WINDOW_SECONDS: int(1, 86_400, 3600),
    /**
     * At most this many scrypt hashes at once (each holds 2^cost × 1 KiB and a libuv thread);
     * registrations may use all but one, so a login always finds a slot.
     */
    PASSWORD_HASH_CONCURRENCY: int(1, 64, 2),
    /** Hashes waiting per lane (login, registration) before the answer is 503 with Retry-After. */
    PASSWORD_HASH_QUEUE: int(0, 10_000, 16),
    /**
     * Key-encryption secrets for the private signing keys at rest, comma-separated, current first;
     * older ones only open what they sealed (rotation: prepend a new one, restart, drop the old).
     */
    SIGNING_KEY_SECRETS: z
      .string()
      .transform((list) => list.split(',').map((secret) => secret.trim()))
      .pipe(z.array(z.string().min(32, { error: 'each secret needs at least 32 characters' })).min(1)),
    /** How often to look for missing quarterly check-ins to remind startups of. */
    OUTCOME_REMINDER_INTERVAL_MS: int(1000, 7 * 86_400_000, 3_600_000),
    /** Behind a reverse proxy, trust X-Forwarded-For for the per-IP login limit. */
    TRUST_PROXY: boolVar(false),
    /** Audit records older than this many days are pruned (at start and every six hours); the chain stays checkable. */
    AUDIT_RETENTION_DAYS: int(1, 36_500, 2555),
    /** The first council account, created at start when no council account exists yet. */
    COUNCIL_BOOTSTRAP_EMAIL: z.email().optional(),
    COUNCIL_BOOTSTRAP_PASSWORD: z.string().min(10).max(200).optional(),
  })
  .superRefine((env, ctx) => {
    requirePlatformUrls(env, ctx);
    const need = (when: boolean, name: keyof typeof env, why: string): void => {
      if (when && env[name] === undefined)
        ctx.addIssue({ code: 'custom', path: [name], message: `is required when ${why}` });
    };
    need(
      env.COUNCIL_BOOTSTRAP_EMAIL !== undefined,
      'COUNCIL_BOOTSTRAP_PASSWORD',
      'COUNCIL_BOOTSTRAP_EMAIL is set',
    );
    need(
      env.COUNCIL_BOOTSTRAP_PASSWORD !== undefined,
      'COUNCIL_BOOTSTRAP_EMAIL',
      'COUNCIL_BOOTSTRAP_PASSWORD is set',
    );
  });

export type ProfileConfig = z.infer<typeof profileConfigSchema>;

export const loadProfileConfig = (env: Record<string, string | undefined> = process.env): ProfileConfig =>
  loadConfig(profileConfigSchema, env);
