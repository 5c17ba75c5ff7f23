import { ConfigError, loadConfig } from '@jisr/config';
import { platformEnvShape, requirePlatformUrls } from '@jisr/platform-adapters';
import { z } from 'zod';

// A service schema as the services build theirs: the shared fields, one of its own, the shared check.
const serviceSchema = z
  .object({ ...platformEnvShape, SERVICE_PORT: z.coerce.number().default(4000) })
  .superRefine(requirePlatformUrls);

const baseEnv = { JWT_ISSUER: 'https://profile.test', JWT_AUDIENCE: 'jisr' };

const failureOf = (env: Record<string, string>): ConfigError => {
  try {
    loadConfig(serviceSchema, env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
};

describe('platformEnvShape with requirePlatformUrls', () => {
  test.each([
    ['BUS', 'kafka', 'KAFKA_BROKERS'],
    ['STORAGE', 'mongodb', 'MONGO_URL'],
    ['CACHE', 'redis', 'REDIS_URL'],
  ])('when %s=%s and %s is unset, then loading stops with one line naming it', (choice, value, variable) => {
    const error = failureOf({ ...baseEnv, [choice]: value });

    expect(error.message).toBe(`Invalid configuration: ${variable} is required`);
    expect(error.message).not.toContain('\n');
    expect(error.errors.map((issue) => issue.path)).toEqual([variable]);
  });

  test('when the selected adapters have their URLs, then the config carries them parsed', () => {
    const config = loadConfig(serviceSchema, {
      ...baseEnv,
      BUS: 'kafka',
      KAFKA_BROKERS: 'k1:9092, k2:9092',
      STORAGE: 'mongodb',
      MONGO_URL: 'mongodb://db.test:27017/jisr_x',
      CACHE: 'redis',
      REDIS_URL: 'redis://cache.test:6379',
    });

    expect(config.KAFKA_BROKERS).toEqual(['k1:9092', 'k2:9092']);
    expect(config.MONGO_URL).toBe('mongodb://db.test:27017/jisr_x');
    expect(config.REDIS_URL).toBe('redis://cache.test:6379');
    expect(config.SERVICE_PORT).toBe(4000);
  });

  test('when only defaults apply, then no URL is required', () => {
    const config = loadConfig(serviceSchema, baseEnv);

    expect(config).toMatchObject({ STORAGE: 'sqlite', BUS: 'memory', CACHE: 'memory', LOG_LEVEL: 'info' });
  });
});
