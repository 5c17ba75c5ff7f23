import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@jisr/config';
import { TOPICS, type EventEnvelope } from '@jisr/contracts';
import {
  DEAD_LETTER_HEADERS,
  createInProcessBus,
  deadLetterTopic,
  type DeliveryMeta,
  type InProcessBus,
} from '@jisr/event-bus';
import { silentLogger } from '@jisr/logger';
import { createMatchingService, matchingConfigSchema } from '@jisr/matching';
import { createMessagingService, messagingConfigSchema } from '@jisr/messaging';
import { createProfileService, profileConfigSchema } from '@jisr/profile';
import { waitFor } from '@jisr/test-kit';

/** Every consumer of every service, by the topic it reads: each must dead-letter a poison message once. */
const CONSUMERS: Record<string, readonly string[]> = {
  [TOPICS.startup]: ['matching.profile-read-model', 'messaging.profiles'],
  [TOPICS.advisor]: ['matching.profile-read-model', 'messaging.profiles'],
  [TOPICS.programme]: ['matching.profile-read-model', 'messaging.profiles'],
  [TOPICS.introduction]: [
    'matching.introduction-lifecycle',
    'messaging.introductions',
    'profile.mentorships',
  ],
  [TOPICS.advisorActivity]: ['profile.advisor-activity'],
  [TOPICS.meeting]: ['matching.meetings'],
  [TOPICS.progress]: ['matching.progress'],
  [TOPICS.audit]: ['profile.audit-actions'],
};

/** A type each consumer handles, with a payload that breaks its schema. */
const POISON_TYPES: Record<string, readonly string[]> = {
  [TOPICS.startup]: ['startup.upserted'],
  [TOPICS.advisor]: ['advisor.upserted'],
  [TOPICS.programme]: ['programme.upserted'],
  [TOPICS.introduction]: ['introduction.requested', 'introduction.accepted'],
  [TOPICS.advisorActivity]: ['advisor.unresponsive'],
  [TOPICS.meeting]: ['meeting.scheduled'],
  [TOPICS.progress]: ['progress.attended'],
  [TOPICS.audit]: ['audit.action-recorded'],
};

const anEvent = (type: string, payload: Record<string, unknown>): EventEnvelope => ({
  id: randomUUID(),
  type,
  occurredAt: new Date().toISOString(),
  aggregateId: randomUUID(),
  version: 1,
  payload,
});
const poison = (type: string): EventEnvelope => anEvent(type, { broken: true });

/** Every dead letter of every consumed topic, from the moment of the call. */
async function watchDeadLetters(): Promise<{ event: EventEnvelope; meta: DeliveryMeta }[]> {
  const dead: { event: EventEnvelope; meta: DeliveryMeta }[] = [];
  for (const topic of Object.keys(CONSUMERS))
    await bus.subscribe({
      groupId: `dlq-watch-${randomUUID()}`,
      topics: [deadLetterTopic(topic)],
      handler: async (event, meta) => void dead.push({ event, meta }),
    });
  return dead;
}

let dataDir: string;
let bus: InProcessBus;
const services: { stop(): Promise<void> }[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'jisr-poison-'));
  bus = createInProcessBus({ file: join(dataDir, 'bus.sqlite') });
  const env = {
    JISR_DATA_DIR: dataDir,
    JWT_ISSUER: 'jisr-poison',
    SIGNING_KEY_SECRETS: 'poison-test-key-encryption-secret',
    JWT_AUDIENCE: 'jisr',
    PROFILE_PORT: '0',
    MATCHING_PORT: '0',
    MESSAGING_PORT: '0',
    PASSWORD_SCRYPT_COST: '10',
    COUNCIL_BOOTSTRAP_EMAIL: 'council@poison.example',
    COUNCIL_BOOTSTRAP_PASSWORD: 'poison-council-password',
  };
  const deps = { bus, logger: silentLogger() };
  const profile = createProfileService(loadConfig(profileConfigSchema, env), deps);
  const jwks = `${(await profile.start()).url}/.well-known/jwks.json`;
  services.push(profile);
  for (const create of [
    () => createMatchingService(loadConfig(matchingConfigSchema, { ...env, JWKS_URL: jwks }), deps),
    () => createMessagingService(loadConfig(messagingConfigSchema, { ...env, JWKS_URL: jwks }), deps),
  ]) {
    const service = create();
    await service.start();
    services.push(service);
  }
}, 60_000);

afterAll(async () => {
  for (const service of services.reverse()) await service.stop();
  await bus.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('poison messages on every consumed topic', () => {
  test('when a malformed event arrives, then each consumer sends it to the dead-letter topic once, with the reason, and moves on', async () => {
    const dead = await watchDeadLetters();
    const sent = Object.entries(POISON_TYPES).flatMap(([topic, types]) =>
      types.map((type) => ({ topic, event: poison(type) })),
    );

    for (const { topic, event } of sent) await bus.publish(topic, [event]);

    const expected = sent.flatMap(({ topic, event }) =>
      CONSUMERS[topic]!.map((group) => `${deadLetterTopic(topic)} ${group} ${event.id}`),
    );
    // Every group moved past its poison (nothing left uncommitted), and each sent it on once.
    await waitFor(() => bus.pending() === 0 && dead.length >= expected.length, {
      timeoutMs: 30_000,
      what: 'every consumer to dead-letter its poison and move on',
    });
    const seen = dead.map(
      ({ event, meta }) => `${meta.topic} ${meta.headers?.[DEAD_LETTER_HEADERS.group]} ${event.id}`,
    );
    expect(seen.sort()).toEqual(expected.sort());
    for (const { meta } of dead) expect(meta.headers?.[DEAD_LETTER_HEADERS.error]).toMatch(/\S{3,}/);
  }, 60_000);

  test('when an event of a type this build does not know arrives on every consumed topic, then every consumer skips it alike: no dead letter, and every group moves on', async () => {
    const dead = await watchDeadLetters();
    // A later producer's new type, with a payload no schema of this build describes.
    const sent = Object.keys(CONSUMERS).map((topic) => ({
      topic,
      event: anEvent(`${topic.split('.')[0]}.from-a-newer-build`, { anything: 'goes' }),
    }));

    for (const { topic, event } of sent) await bus.publish(topic, [event]);

    // The watchers are groups too: nothing pending means every consumer and every watcher is done.
    await waitFor(() => bus.pending() === 0, { timeoutMs: 30_000, what: 'every consumer to move past it' });
    const ids = new Set(sent.map(({ event }) => event.id));
    expect(dead.filter(({ event }) => ids.has(event.id))).toEqual([]);
  }, 60_000);
});
