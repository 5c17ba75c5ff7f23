import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryCache } from '@jisr/cache';
import { TOPICS, type EventEnvelope } from '@jisr/contracts';
import { createInProcessBus, type EventBus } from '@jisr/event-bus';
import { silentLogger } from '@jisr/logger';
import { createSqliteStorage, type Storage } from '@jisr/storage';
import { ManualClock, uniqueName, waitFor } from '@jisr/test-kit';
import type { ParsedMail } from 'mailparser';
import { createProfileService, type ProfileService } from '../../src/app';
import { loadProfileConfig } from '../../src/config';
import { apiClient, type ApiClient, type Person } from './api-client';
import { mailFolderReader } from './mail-folder-reader';

export const COUNCIL = { email: 'council@tlbc.example.org', password: 'council-bootstrap-password' };

/**
 * Test settings. PASSWORD_SCRYPT_COST=10 instead of 17: every sign-up and login hashes, and the
 * suite logs in hundreds of times; the KDF's strength is not what these tests are about.
 */
const TEST_ENV = {
  PROFILE_PORT: '0',
  JWT_ISSUER: 'http://profile.jisr.test',
  JWT_AUDIENCE: 'jisr',
  PASSWORD_SCRYPT_COST: '10',
  SIGNING_KEY_SECRETS: 'profile-component-test-key-encryption-secret',
  LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
  LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '50',
  REGISTRATION_MAX_PER_IP: '100000',
  COUNCIL_BOOTSTRAP_EMAIL: COUNCIL.email,
  COUNCIL_BOOTSTRAP_PASSWORD: COUNCIL.password,
  LOG_LEVEL: 'silent',
};

export interface RecordedEvent {
  readonly topic: string;
  readonly event: EventEnvelope;
}

export interface ProfileHarness extends ApiClient {
  /** Where the service listens now (a restart moves it to another free port). */
  readonly url: string;
  /** The running service's express app, to walk its router stack. */
  readonly app: ProfileService['app'];
  readonly storage: Storage;
  readonly bus: EventBus;
  readonly clock: ManualClock;
  readonly events: RecordedEvent[];
  /** Waits until a published event matches; returns it. */
  eventWhere(match: (recorded: RecordedEvent) => boolean, what: string): Promise<RecordedEvent>;
  /** Waits for an event of `type` on `aggregateId` whose payload has every field of `payload`. */
  eventAbout(
    type: string,
    aggregateId: string,
    payload: Readonly<Record<string, unknown>>,
    what: string,
  ): Promise<RecordedEvent>;
  council(): Promise<Person>;
  /** Waits until the mail folder holds `count` emails to `address` and returns them, oldest first. */
  mailTo(address: string, count?: number): Promise<ParsedMail[]>;
  /** Every stored document of the collections that hold user data, for "nothing changed" checks. */
  snapshot(): Promise<string>;
  /** Stops the service and starts a new one on the same storage, bus and cache (with `env` changed, if given). */
  restart(env?: Record<string, string>): Promise<void>;
  /** One pass of the quarterly check-in reminder job, as its timer would run it. */
  runOutcomeReminders(): Promise<number>;
  stop(): Promise<void>;
}

const USER_DATA = [
  'accounts',
  'startup_profiles',
  'advisor_profiles',
  'programmes',
  'centres',
  'council_notices',
  'outbox',
];

/** Starts the real service on port 0 over a fresh SQLite file, the in-process bus and the memory cache. */
export async function startProfile(env: Record<string, string> = {}): Promise<ProfileHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'jisr-profile-'));
  const storage = createSqliteStorage(join(dir, 'profile.sqlite'));
  const bus = createInProcessBus({});
  const clock = new ManualClock(new Date());
  const cache = createMemoryCache({ now: () => clock.now() });
  const configWith = (changed: Record<string, string>) =>
    loadProfileConfig({ ...TEST_ENV, ...env, ...changed, JISR_DATA_DIR: dir });
  const create = (changed: Record<string, string> = {}) =>
    createProfileService(configWith(changed), { storage, bus, cache, clock, logger: silentLogger() });
  let service = create();
  let { url } = await service.start();
  const events: RecordedEvent[] = [];
  const recorder = await bus.subscribe({
    groupId: uniqueName('profile-test'),
    topics: [TOPICS.startup, TOPICS.advisor, TOPICS.programme, TOPICS.account, TOPICS.progress, TOPICS.staff],
    fromBeginning: true,
    handler: async (event, meta) => {
      events.push({ topic: meta.topic, event });
    },
  });
  const client = apiClient(() => url);
  const eventWhere = (match: (recorded: RecordedEvent) => boolean, what: string) =>
    waitFor(() => events.find(match), { what, timeoutMs: 5000 });
  return {
    ...client,
    get url() {
      return url;
    },
    get app() {
      return service.app;
    },
    storage,
    bus,
    clock,
    events,
    eventWhere,
    eventAbout: (type, aggregateId, payload, what) =>
      eventWhere(
        ({ event }) =>
          event.type === type &&
          event.aggregateId === aggregateId &&
          Object.entries(payload).every(
            ([field, value]) => (event.payload as Record<string, unknown>)[field] === value,
          ),
        what,
      ),
    mailTo: mailFolderReader(join(dir, 'mail')),
    council: async () => {
      const tokens = await client.login(COUNCIL.email, COUNCIL.password);
      return {
        accountId: tokens.accountId,
        ...COUNCIL,
        token: tokens.accessToken,
        refreshToken: tokens.refreshToken,
      };
    },
    snapshot: async () => {
      const parts: unknown[] = [];
      for (const name of USER_DATA) {
        const docs = await (await storage.collection({ name })).find({}, { sort: { _id: 1 } });
        // The relay stamps `sentAt` on its own schedule; which events exist is what a request changes.
        parts.push(name === 'outbox' ? docs.map((doc) => doc._id) : docs);
      }
      return JSON.stringify(parts);
    },
    runOutcomeReminders: () => service.runOutcomeReminders(),
    restart: async (changed = {}) => {
      await service.stop();
      service = create(changed);
      ({ url } = await service.start());
    },
    stop: async () => {
      await recorder.stop();
      await service.stop();
      await bus.close();
      await cache.close();
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
