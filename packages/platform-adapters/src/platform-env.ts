import { listVar, urlVar } from '@jisr/config';
import { LOG_LEVELS } from '@jisr/logger';
import { z } from 'zod';

/**
 * The variables every service reads to reach the platform: where data lives, which storage, bus
 * and cache to open, the token issuer/audience and the log level. Spread into a service's own
 * `z.object({...})`; pair it with `requirePlatformUrls` in the schema's `superRefine`.
 */
export const platformEnvShape = {
  JISR_DATA_DIR: z.string().min(1).default('./data'),
  STORAGE: z.enum(['sqlite', 'mongodb']).default('sqlite'),
  MONGO_URL: urlVar().optional(),
  BUS: z.enum(['memory', 'kafka']).default('memory'),
  KAFKA_BROKERS: listVar().optional(),
  CACHE: z.enum(['memory', 'redis']).default('memory'),
  REDIS_URL: urlVar().optional(),
  JWT_ISSUER: z.string().min(1),
  JWT_AUDIENCE: z.string().min(1),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
};

/** What `openPlatformAdapters` reads; every service config built on `platformEnvShape` has it. */
export type PlatformConfig = Pick<
  z.output<z.ZodObject<typeof platformEnvShape>>,
  'JISR_DATA_DIR' | 'STORAGE' | 'MONGO_URL' | 'BUS' | 'KAFKA_BROKERS' | 'CACHE' | 'REDIS_URL'
>;

type UrlVariable = 'MONGO_URL' | 'KAFKA_BROKERS' | 'REDIS_URL';

/** Each adapter choice and the variable it cannot work without. */
export const PLATFORM_URL_RULES: readonly {
  readonly variable: UrlVariable;
  readonly when: string;
  readonly applies: (config: PlatformConfig) => boolean;
}[] = [
  { variable: 'MONGO_URL', when: 'STORAGE=mongodb', applies: (config) => config.STORAGE === 'mongodb' },
  { variable: 'KAFKA_BROKERS', when: 'BUS=kafka', applies: (config) => config.BUS === 'kafka' },
  { variable: 'REDIS_URL', when: 'CACHE=redis', applies: (config) => config.CACHE === 'redis' },
];

/**
 * For a schema's `superRefine`: an issue at the variable's path, which `loadConfig` reports as
 * "Invalid configuration: KAFKA_BROKERS is required" so start-up stops before any adapter opens.
 */
export function requirePlatformUrls(config: PlatformConfig, ctx: z.RefinementCtx): void {
  for (const rule of PLATFORM_URL_RULES)
    if (rule.applies(config) && config[rule.variable] === undefined)
      ctx.addIssue({ code: 'custom', path: [rule.variable], message: `is required when ${rule.when}` });
}
