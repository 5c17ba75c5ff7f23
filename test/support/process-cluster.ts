import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKafka, type KafkaServer } from '@jisr/test-kit';
import { ROOT, buildOnce } from './build';
import { groupAlive, type RunningProcess } from './processes';

/** The topics exactly as deployment creates them (deploy/base/kafka/topics.txt). */
export async function deploymentTopics(): Promise<{ name: string; partitions: number }[]> {
  const text = await readFile(join(ROOT, 'deploy/base/kafka/topics.txt'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [name = '', partitions = '1'] = line.trim().split(/\s+/);
      return { name, partitions: Number(partitions) };
    });
}

export interface OwnProcessCluster {
  /** A fresh directory for this suite's data, removed afterwards. */
  root(): string;
  kafka(): KafkaServer;
  /** Service processes the test started; any still alive are killed after the suite. */
  readonly processes: RunningProcess[];
}

/**
 * Jest hooks for a suite that runs service processes: the build, a Kafka cluster of its own with the
 * deployment's topics (the services' consumer groups have fixed names, which must not meet another
 * suite's), a data directory, and cleanup.
 */
export function ownProcessCluster(prefix: string): OwnProcessCluster {
  let root = '';
  let kafka: KafkaServer | null = null;
  const processes: RunningProcess[] = [];
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), prefix));
    buildOnce('deploy/embedded');
    kafka = await startKafka({ exclusive: true, topics: await deploymentTopics() });
  }, 600_000);
  afterAll(async () => {
    for (const process_ of processes) if (groupAlive(process_)) await process_.stop('SIGKILL');
    await kafka?.stop();
    await rm(root, { recursive: true, force: true });
  });
  return {
    root: () => root,
    kafka: () => {
      if (kafka === null) throw new Error('no Kafka cluster of our own could be started');
      return kafka;
    },
    processes,
  };
}
