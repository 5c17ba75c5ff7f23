import { z } from 'zod';
import { ConfigError, boolVar, listVar, loadConfig, portVar, urlVar } from '@jisr/config';

const schema = z.object({
  PROFILE_PORT: portVar(4001),
  JWT_ISSUER: z.string(),
  REDIS_URL: urlVar('redis://127.0.0.1:6379'),
  KAFKA_BROKERS: listVar(['127.0.0.1:9092']),
  CACHE: z.enum(['memory', 'redis']).default('memory'),
  DEMO_DATA: boolVar(false),
});

const failureOf = (env: Record<string, string | undefined>): ConfigError => {
  try {
    loadConfig(schema, env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
};

describe('loadConfig', () => {
  test('when every variable is valid, then it returns typed values with defaults applied', () => {
    const config = loadConfig(schema, {
      JWT_ISSUER: 'https://jisr.test',
      KAFKA_BROKERS: 'a:1, b:2,,',
      DEMO_DATA: 'Yes',
    });

    expect(config).toEqual({
      PROFILE_PORT: 4001,
      JWT_ISSUER: 'https://jisr.test',
      REDIS_URL: 'redis://127.0.0.1:6379',
      KAFKA_BROKERS: ['a:1', 'b:2'],
      CACHE: 'memory',
      DEMO_DATA: true,
    });
  });

  test('when a required variable is missing, then the error names it as required', () => {
    const error = failureOf({});

    expect(error.message).toBe('Invalid configuration: JWT_ISSUER is required');
    expect(error.code).toBe('CONFIG.INVALID');
    expect(error.errors).toEqual([{ path: 'JWT_ISSUER', code: 'required', message: 'is required' }]);
  });

  test('when a required variable is empty, then it counts as missing', () => {
    expect(failureOf({ JWT_ISSUER: '' }).message).toBe('Invalid configuration: JWT_ISSUER is required');
  });

  test('when several variables are bad, then one line names every one of them', () => {
    const error = failureOf({
      PROFILE_PORT: 'eighty',
      REDIS_URL: 'not a url',
      CACHE: 'disk',
      DEMO_DATA: 'maybe',
    });

    expect(error.message).not.toContain('\n');
    expect(error.message).toBe(
      'Invalid configuration: PROFILE_PORT must be a port number (0-65535); JWT_ISSUER is required; ' +
        'REDIS_URL must be a URL (e.g. redis://localhost:6379); CACHE must be one of memory, redis; DEMO_DATA must be true or false',
    );
  });

  test('when a strict schema meets an unknown variable, then the variable is named', () => {
    const strict = z.object({ MATCHING_PORT: portVar(4002) }).strict();

    expect(() => loadConfig(strict, { MATCHING_PORTT: '4002' })).toThrow(
      'Invalid configuration: MATCHING_PORTT is not a known setting',
    );
  });
});

describe('portVar', () => {
  test.each(['0', '4001', '65535'])('when the value is %s, then it is accepted', (raw) => {
    expect(portVar().parse(raw)).toBe(Number(raw));
  });

  test.each(['65536', '-1', '80.5', '', 'http'])('when the value is "%s", then it is refused', (raw) => {
    expect(portVar().safeParse(raw).success).toBe(false);
  });
});

describe('listVar', () => {
  test('when the list holds only separators, then it is refused', () => {
    expect(listVar().safeParse(' , ,').success).toBe(false);
  });
});

describe('boolVar', () => {
  test.each([
    ['TRUE', true],
    ['on', true],
    ['0', false],
    ['No', false],
  ])('when the value is %s, then it reads as %s', (raw, expected) => {
    expect(boolVar(false).parse(raw)).toBe(expected);
  });
});
