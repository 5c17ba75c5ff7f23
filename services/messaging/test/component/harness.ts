import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cache } from '@jisr/cache';
import { parseEvent, TOPICS, type EventEnvelope, type EventOf, type KnownEvent } from '@jisr/contracts';
import { createInProcessBus, type EventBus } from '@jisr/event-bus';
import { silentLogger } from '@jisr/logger';
import { createSqliteStorage, type Storage } from '@jisr/storage';
import { httpClient, ManualClock, testTokens, waitFor, type Reply } from '@jisr/test-kit';
import { anAdvisorUpserted, anIntroductionRequested, aStartupUpserted } from '../builders/events.builder';
import { createMessagingService, type MessagingService } from '../../src/app';
import { loadMessagingConfig } from '../../src/config';

const tokens = testTokens();
const verifier = tokens.verifier;
export const tokenFor = tokens.tokenFor;

export interface Instance {
  readonly service: MessagingService;
  readonly url: string;
  call(
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply>;
}

export type { Reply };

export async function startInstance(options: {
  dataDir: string;
  bus: EventBus;
  clock: ManualClock;
  storage?: Storage;
  cache?: Cache;
  env?: Record<string, string>;
}): Promise<Instance> {
  const config = loadMessagingConfig({
    MESSAGING_PORT: '0',
    JISR_DATA_DIR: options.dataDir,
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const service = createMessagingService(config, {
    bus: options.bus,
    clock: options.clock,
    tokenVerifier: verifier,
    logger: silentLogger(),
    ...(options.storage === undefined ? {} : { storage: options.storage }),
    ...(options.cache === undefined ? {} : { cache: options.cache }),
  });
  const { url } = await service.start();
  const client = httpClient(url);
  const call: Instance['call'] = (method, path, token, body, headers) =>
    client.request(method, path, { token, body, ...(headers === undefined ? {} : { headers }) });
  return { service, url, call };
}

/** Everything one test needs: a data directory, one in-process bus, a clock it drives, and what was published. */
export interface World {
  readonly dataDir: string;
  readonly bus: EventBus;
  readonly clock: ManualClock;
  readonly published: KnownEvent[];
  publish(topic: string, ...events: EventEnvelope[]): Promise<void>;
  /** Waits (bounded) until the published events of `type` for `aggregateId` reach `count`. */
  eventsOf<T extends KnownEvent['type']>(
    type: T,
    aggregateId: string,
    count?: number,
  ): Promise<Extract<KnownEvent, { type: T }>[]>;
  close(): Promise<void>;
}

export async function aWorld(): Promise<World> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jisr-messaging-'));
  // One partition: events arrive in publish order, so a later event proves the earlier ones were handled.
  const bus = createInProcessBus({ partitions: 1 });
  const clock = new ManualClock('2025-03-01T09:00:00.000Z');
  const published: KnownEvent[] = [];
  // Another service's view of what messaging publishes: every event is validated against the contracts.
  const listener = await bus.subscribe({
    groupId: `test-observer-${Math.random()}`,
    topics: [TOPICS.introduction, TOPICS.advisorActivity, TOPICS.meeting],
    handler: async (envelope) => {
      published.push(parseEvent(envelope));
    },
  });
  const matching = (type: string, aggregateId: string) =>
    published.filter((e) => e.type === type && e.aggregateId === aggregateId);
  return {
    dataDir,
    bus,
    clock,
    published,
    publish: (topic, ...events) => bus.publish(topic, events),
    eventsOf: async (type, aggregateId, count = 1) => {
      await waitFor(() => matching(type, aggregateId).length >= count, {
        what: `${count} × ${type} for ${aggregateId}`,
      });
      return matching(type, aggregateId) as never;
    },
    close: async () => {
      await listener.stop();
      await bus.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until `probe` answers with a 2xx whose body passes `check`. */
export const eventually = <T>(probe: () => Promise<T | undefined | false>, what: string): Promise<T> =>
  waitFor(probe, { what, timeoutMs: 5000 });

/** Reads one stored document from an instance's SQLite file, for effects the API does not show. */
export async function storedDoc(
  dataDir: string,
  collection: string,
  id: string,
): Promise<object | undefined> {
  const storage = createSqliteStorage(join(dataDir, 'messaging.sqlite'));
  try {
    return (await (await storage.collection({ name: collection })).get(id)) ?? undefined;
  } finally {
    await storage.close();
  }
}

export interface Arrived {
  readonly introductionId: string;
  readonly startupId: string;
  readonly advisorId: string;
  readonly startup: string;
  readonly advisor: string;
}

/** A request from matching (with both profiles) that has reached the advisor's inbox. */
export async function aRequestIn(
  world: Pick<World, 'publish'>,
  messaging: Instance,
  requested: EventOf<'introduction.requested'> = anIntroductionRequested(),
): Promise<Arrived> {
  const { startupId, advisorId, introductionId } = requested.payload;
  await world.publish(TOPICS.startup, aStartupUpserted(startupId));
  await world.publish(TOPICS.advisor, anAdvisorUpserted(advisorId));
  await world.publish(TOPICS.introduction, requested);
  const advisor = tokenFor(advisorId, 'advisor');
  await eventually(async () => {
    const item = await messaging.call('GET', `/v1/introductions/${introductionId}`, advisor);
    return item.status === 200 && item.body.startup.name !== null && item.body.advisor.name !== null;
  }, 'the inbox item with both names');
  return { introductionId, startupId, advisorId, advisor, startup: tokenFor(startupId, 'startup') };
}

/** An accepted introduction: its thread is open. */
export async function anAcceptedIntroduction(
  world: Pick<World, 'publish'>,
  messaging: Instance,
): Promise<Arrived> {
  const arrived = await aRequestIn(world, messaging);
  const accepted = await messaging.call(
    'POST',
    `/v1/introductions/${arrived.introductionId}/accept`,
    arrived.advisor,
    {},
  );
  if (accepted.status !== 200) throw new Error(`accept answered ${accepted.status}`);
  return arrived;
}
