import { resolve } from 'node:path';
import { DEMO_COUNCIL, DEMO_SEED } from '@jisr/cli';
import { boolVar, loadConfig, portVar } from '@jisr/config';
import { LOG_LEVELS } from '@jisr/logger';
import { z } from 'zod';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The embedded runner's own settings. Everything else in the environment reaches the three
 * services unchanged (e.g. `PASSWORD_SCRYPT_COST`, `RESPONSE_DEADLINE_DAYS`), except the adapter
 * choice, which embedded mode fixes: SQLite files, the in-process bus, in-memory caches.
 */
export const embeddedConfigSchema = z.object({
  JISR_DATA_DIR: z.string().min(1).default('./data'),
  PROFILE_PORT: portVar(4001),
  MATCHING_PORT: portVar(4002),
  MESSAGING_PORT: portVar(4003),
  /** The web app (BFF + browser app); compose and Kubernetes set WEB_HOST=0.0.0.0. */
  WEB_PORT: portVar(4000),
  WEB_HOST: z.string().min(1).default('127.0.0.1'),
  /** Load the demo data set on the first start (a data directory without the seed marker). */
  JISR_DEMO_DATA: boolVar(true),
  /**
   * DEMO ONLY: scrypt cost for the demo accounts (reserved `.example` addresses), so the first start
   * loads the demo data in seconds. Every other account keeps PASSWORD_SCRYPT_COST (default 17).
   */
  JISR_DEMO_SCRYPT_COST: z.coerce.number().int().min(10).max(20).default(11),
  /** The seed of the demo data set; the same seed gives the same startups, advisors and programme. */
  JISR_DEMO_SEED: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(DEMO_SEED),
  /** Quieter than the services' default: the terminal shows the banner, warnings and errors. */
  LOG_LEVEL: z.enum(LOG_LEVELS).default('warn'),
  JWT_ISSUER: z.string().min(1).default('jisr-embedded'),
  JWT_AUDIENCE: z.string().min(1).default('jisr'),
  COUNCIL_BOOTSTRAP_EMAIL: z.email().default(DEMO_COUNCIL.email),
  COUNCIL_BOOTSTRAP_PASSWORD: z.string().min(10).default(DEMO_COUNCIL.password),
  /** Seals profile's private signing keys in the data directory; a published default, as fits a demo machine. */
  SIGNING_KEY_SECRETS: z.string().min(32).default('jisr-embedded-demo-key-encryption-secret'),
});

export type EmbeddedConfig = z.output<typeof embeddedConfigSchema> & {
  /** The environment every service reads its own config from (embedded choices applied). */
  readonly serviceEnv: Env;
};

/** Reads the environment once; a bad variable ends the start with one line naming it. */
export function loadEmbeddedConfig(env: Env = process.env): EmbeddedConfig {
  const config = loadConfig(embeddedConfigSchema, env);
  const dataDir = resolve(config.JISR_DATA_DIR);
  return {
    ...config,
    JISR_DATA_DIR: dataDir,
    serviceEnv: {
      ...env,
      JISR_DATA_DIR: dataDir,
      STORAGE: 'sqlite',
      BUS: 'memory',
      CACHE: 'memory',
      LOG_LEVEL: config.LOG_LEVEL,
      JWT_ISSUER: config.JWT_ISSUER,
      JWT_AUDIENCE: config.JWT_AUDIENCE,
      COUNCIL_BOOTSTRAP_EMAIL: config.COUNCIL_BOOTSTRAP_EMAIL,
      COUNCIL_BOOTSTRAP_PASSWORD: config.COUNCIL_BOOTSTRAP_PASSWORD,
      SIGNING_KEY_SECRETS: config.SIGNING_KEY_SECRETS,
      // The demo seed registers every demo account from this one machine's address.
      REGISTRATION_MAX_PER_IP: env.REGISTRATION_MAX_PER_IP ?? '100000',
      PROFILE_PORT: String(config.PROFILE_PORT),
      MATCHING_PORT: String(config.MATCHING_PORT),
      MESSAGING_PORT: String(config.MESSAGING_PORT),
      ...(config.JISR_DEMO_DATA ? { DEMO_ACCOUNTS_SCRYPT_COST: String(config.JISR_DEMO_SCRYPT_COST) } : {}),
    },
  };
}
