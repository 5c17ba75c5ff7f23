import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCache } from '@jisr/cache';
import { ConfigError } from '@jisr/config';
import { openBus } from '@jisr/event-bus';
import { silentLogger } from '@jisr/logger';
import { openPlatformAdapters, type PlatformConfig } from '@jisr/platform-adapters';
import { openStorage } from '@jisr/storage';

const logger = silentLogger();

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'platform-adapters-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const configWith = (overrides: Partial<PlatformConfig> = {}): PlatformConfig => ({
  JISR_DATA_DIR: dataDir,
  STORAGE: 'sqlite',
  BUS: 'memory',
  CACHE: 'memory',
  ...overrides,
});

describe('openPlatformAdapters', () => {
  test('when the defaults are configured, then SQLite opens as <service>.sqlite under JISR_DATA_DIR', async () => {
    const adapters = await openPlatformAdapters(configWith(), { service: 'profile', logger });

    await expect(adapters.storage.ping()).resolves.toBeUndefined();
    expect(existsSync(join(dataDir, 'profile.sqlite'))).toBe(true);
    await adapters.close();
  });

  test('when it closes, then it closes cache, bus and storage in reverse order of opening', async () => {
    const adapters = await openPlatformAdapters(configWith(), { service: 'matching', logger });
    const closed: string[] = [];
    for (const name of ['storage', 'bus', 'cache'] as const) {
      const adapter = adapters[name];
      const close = adapter.close.bind(adapter);
      adapter.close = async () => {
        closed.push(name);
        await close();
      };
    }

    await adapters.close();

    expect(closed).toEqual(['cache', 'bus', 'storage']);
    await expect(adapters.storage.ping()).rejects.toThrow();
  });

  test('when adapters are injected, then close() leaves them open', async () => {
    const storage = await openStorage({ kind: 'sqlite', file: join(dataDir, 'shared.sqlite') });
    const bus = openBus({ kind: 'memory' }, logger);
    const cache = await openCache({ kind: 'memory' }, logger);
    const adapters = await openPlatformAdapters(configWith(), {
      service: 'messaging',
      logger,
      injected: { storage, bus, cache },
    });

    await adapters.close();

    expect(adapters.storage).toBe(storage);
    await expect(storage.ping()).resolves.toBeUndefined();
    await expect(cache.set('still-open', '1', 60)).resolves.toBeUndefined();
    expect(existsSync(join(dataDir, 'messaging.sqlite'))).toBe(false);
    await Promise.all([storage.close(), bus.close(), cache.close()]);
  });

  test('when BUS=kafka comes without KAFKA_BROKERS, then it refuses with one line naming the variable', async () => {
    const opening = openPlatformAdapters(configWith({ BUS: 'kafka' }), {
      service: 'matching',
      logger,
    });

    await expect(opening).rejects.toThrow(ConfigError);
    await expect(opening).rejects.toThrow('Invalid configuration: KAFKA_BROKERS is required when BUS=kafka');
  });
});
