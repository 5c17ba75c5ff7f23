import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInProcessBus } from '@jisr/event-bus';
import { silentLogger } from '@jisr/logger';
import { createSqliteStorage, type Storage } from '@jisr/storage';
import { createProfileService, type ProfileService } from '../../src/app';
import { loadProfileConfig } from '../../src/config';
import { aRegistration } from '../builders/profile-builders';
import { apiClient, type ApiClient } from '../component/api-client';

const redisUrl = process.env.REDIS_URL;
if (redisUrl === undefined) {
  console.warn(
    'profile scale-out tests skipped: no Redis (set REDIS_URL, or install redis-server for the test kit)',
  );
}
const describeWithRedis = redisUrl === undefined ? describe.skip : describe;

interface Instance {
  readonly service: ProfileService;
  readonly storage: Storage;
  readonly api: ApiClient;
}

describeWithRedis('two profile instances on one store and one Redis', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jisr-profile-scale-'));
  const instances: Instance[] = [];

  // Each instance opens its own connection to the shared file and its own Redis client from config.
  const startInstance = async (): Promise<Instance> => {
    const config = loadProfileConfig({
      PROFILE_PORT: '0',
      JWT_ISSUER: 'http://profile.jisr.test',
      JWT_AUDIENCE: 'jisr',
      PASSWORD_SCRYPT_COST: '10',
      SIGNING_KEY_SECRETS: 'profile-scale-out-test-key-encryption-secret',
      LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3',
      CACHE: 'redis',
      REDIS_URL: redisUrl ?? '',
      JISR_DATA_DIR: dir,
      LOG_LEVEL: 'silent',
    });
    const storage = createSqliteStorage(join(dir, 'profile.sqlite'));
    const service = createProfileService(config, {
      storage,
      bus: createInProcessBus({}),
      logger: silentLogger(),
    });
    const { url } = await service.start();
    const instance = { service, storage, api: apiClient(() => url) };
    instances.push(instance);
    return instance;
  };

  let first: Instance;
  let second: Instance;
  beforeAll(async () => {
    first = await startInstance();
    second = await startInstance();
  });
  afterAll(async () => {
    for (const { service, storage } of instances) {
      await service.stop();
      await storage.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  test('when login attempts for one account are spread over both instances, then the shared limit still answers 429', async () => {
    const person = aRegistration();
    await first.api.request('POST', '/v1/accounts', { body: person });

    const statuses: number[] = [];
    for (const instance of [first, second, first, second]) {
      const attempt = await instance.api.request('POST', '/v1/sessions', {
        body: { email: person.email, password: 'wrong guess' },
      });
      statuses.push(attempt.status);
    }

    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  test('when one instance issues a token, then the other verifies it from the shared key store', async () => {
    const person = aRegistration({ role: 'advisor' });
    await second.api.request('POST', '/v1/accounts', { body: person });

    const tokens = await first.api.login(person.email, person.password);
    const me = await second.api.request('GET', '/v1/me', { token: tokens.accessToken });

    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: person.email, role: 'advisor' });
  });
});
