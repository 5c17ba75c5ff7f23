import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryCache, type Cache } from '@jisr/cache';
import { TOPICS, parseEvent, type EventEnvelope, type KnownEvent } from '@jisr/contracts';
import { createInProcessBus, type EventBus } from '@jisr/event-bus';
import { silentLogger } from '@jisr/logger';
import { createSqliteStorage, type Storage } from '@jisr/storage';
import { httpClient, ManualClock, testTokens, waitFor, type Reply } from '@jisr/test-kit';
import { createMatchingService, type MatchingService } from '../../src/app';
import { loadMatchingConfig } from '../../src/config';

const tokens = testTokens();
const ISSUER = tokens.issuer;
const AUDIENCE = tokens.audience;
export const verifier = tokens.verifier;
export const tokenFor = tokens.tokenFor;

export type { Reply };

export interface Instance {
  readonly service: MatchingService;
  readonly storage: Storage;
  readonly url: string;
  call(
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply>;
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly file?: string;
  readonly env?: Record<string, string>;
  readonly bus?: EventBus;
  readonly cache?: Cache;
}

/** One test's world: a data directory, one in-process bus, a cache, a clock, and every event published. */
export interface World {
  readonly dataDir: string;
  readonly bus: EventBus;
  readonly cache: Cache;
  readonly clock: ManualClock;
  readonly published: KnownEvent[];
  publish(topic: string, ...events: EventEnvelope[]): Promise<void>;
  /**
   * A matching instance on real SQLite (a file in the data directory; instances given the same
   * `file` share it like replicas). `bus` and `cache` default to the world's in-process ones.
   */
  start(options?: StartOptions): Promise<Instance>;
  eventsOf<T extends KnownEvent['type']>(
    type: T,
    count?: number,
  ): Promise<Extract<KnownEvent, { type: T }>[]>;
  close(): Promise<void>;
}

const callAt = (url: string) => {
  const client = httpClient(url);
  return (
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
    headers?: Record<string, string>,
  ) => client.request(method, path, { token, body, ...(headers === undefined ? {} : { headers }) });
};

/** `partitions: 1` gives each topic one total order, so a later event proves the earlier ones were handled. */
export const aWorld = async ({ partitions = 3 }: { partitions?: number } = {}): Promise<World> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jisr-matching-'));
  const bus = createInProcessBus({ partitions });
  const cache = createMemoryCache();
  const clock = new ManualClock('2026-02-01T09:00:00.000Z');
  const published: KnownEvent[] = [];
  const instances: Instance[] = [];
  // Messaging's view of what matching publishes: every event must pass the contracts.
  const observer = await bus.subscribe({
    groupId: `observer-${Math.random()}`,
    topics: [TOPICS.introduction, TOPICS.audit],
    handler: async (envelope) => {
      published.push(parseEvent(envelope));
    },
  });
  const ofType = (type: string) => published.filter((event) => event.type === type);
  return {
    dataDir,
    bus,
    cache,
    clock,
    published,
    publish: (topic, ...events) => bus.publish(topic, events),
    start: async ({ file, env, ...adapters } = {}) => {
      const config = loadMatchingConfig({
        MATCHING_PORT: '0',
        JISR_DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        JWT_ISSUER: ISSUER,
        JWT_AUDIENCE: AUDIENCE,
        ...env,
      });
      const storage = createSqliteStorage(join(dataDir, file ?? 'matching.sqlite'));
      const service = createMatchingService(config, {
        storage,
        bus: adapters.bus ?? bus,
        cache: adapters.cache ?? cache,
        clock,
        logger: silentLogger(),
        tokenVerifier: verifier,
      });
      const { url } = await service.start();
      const instance: Instance = {
        service,
        storage,
        url,
        call: callAt(url),
        stop: async () => {
          await service.stop();
          await storage.close();
        },
      };
      instances.push(instance);
      return instance;
    },
    eventsOf: async (type, count = 1) => {
      await waitFor(() => ofType(type).length >= count, { what: `${count} × ${type}` });
      return ofType(type) as never;
    },
    close: async () => {
      for (const instance of instances) await instance.stop().catch(() => undefined);
      await observer.stop();
      await bus.close();
      await cache.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

/** Polls (bounded) until `probe` returns a value; no sleeps. */
export const eventually = <T>(probe: () => Promise<T | undefined | false>, what: string): Promise<T> =>
  waitFor(probe, { what, timeoutMs: 5000 });
