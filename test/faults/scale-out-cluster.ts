import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_COUNCIL } from '@jisr/cli';
import { type KafkaServer, type RedisServer, startKafka, startRedis } from '@jisr/test-kit';
import { ROOT } from '../support/build';
import { deploymentTopics } from '../support/process-cluster';
import { freePorts, groupAlive, startProcess, type RunningProcess } from '../support/processes';
import type { Urls } from '../support/story';

export const SERVICES = ['profile', 'matching', 'messaging'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** Three service processes on the mock Kafka cluster and a real Redis, each with its own SQLite file. */
export interface ScaleOutCluster {
  readonly urls: Urls;
  readonly kafka: KafkaServer;
  readonly processes: Map<ServiceName, RunningProcess>;
  start(service: ServiceName): RunningProcess;
  stop(): Promise<void>;
}

export async function startScaleOut(): Promise<ScaleOutCluster> {
  const root = await mkdtemp(join(tmpdir(), 'jisr-faults-scale-out-'));
  const kafka = await startKafka({ exclusive: true, topics: await deploymentTopics() });
  if (kafka === null) throw new Error('no Kafka: install librdkafka-dev and gcc (see README, Test it)');
  const redis: RedisServer | null = await startRedis();
  if (redis === null) throw new Error('no Redis: install redis-server');
  const ports = await freePorts(3);
  const urls: Urls = {
    profile: `http://127.0.0.1:${ports[0]}`,
    matching: `http://127.0.0.1:${ports[1]}`,
    messaging: `http://127.0.0.1:${ports[2]}`,
  };
  const common = {
    ...process.env,
    STORAGE: 'sqlite',
    BUS: 'kafka',
    KAFKA_BROKERS: kafka.brokers.join(','),
    CACHE: 'redis',
    REDIS_URL: `${redis.url.replace(/\/\d*$/, '')}/8`,
    JWT_ISSUER: 'jisr-faults',
    SIGNING_KEY_SECRETS: 'fault-suite-key-encryption-secret',
    JWT_AUDIENCE: 'jisr',
    JWKS_URL: `${urls.profile}/.well-known/jwks.json`,
    PASSWORD_SCRYPT_COST: '10',
    MATCHING_MAX_OPEN_REQUESTS: '20',
    // Every simulated startup and advisor signs in from 127.0.0.1: one IP, a hundred people.
    LOGIN_MAX_ATTEMPTS_PER_IP: '10000',
    // The demo seed registers every account from 127.0.0.1 too.
    REGISTRATION_MAX_PER_IP: '100000',
    LOG_LEVEL: 'warn',
    PROFILE_PORT: String(ports[0]),
    MATCHING_PORT: String(ports[1]),
    MESSAGING_PORT: String(ports[2]),
    COUNCIL_BOOTSTRAP_EMAIL: DEMO_COUNCIL.email,
    COUNCIL_BOOTSTRAP_PASSWORD: DEMO_COUNCIL.password,
  };
  const processes = new Map<ServiceName, RunningProcess>();
  const start = (service: ServiceName): RunningProcess => {
    const env = { ...common, JISR_DATA_DIR: join(root, service) };
    const started = startProcess('node', [`services/${service}/dist/start.js`], { cwd: ROOT, env });
    processes.set(service, started);
    return started;
  };
  for (const service of SERVICES) start(service);
  return {
    urls,
    kafka,
    processes,
    start,
    stop: async () => {
      for (const running of processes.values()) if (groupAlive(running)) await running.stop('SIGKILL');
      await kafka.stop();
      await redis.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
