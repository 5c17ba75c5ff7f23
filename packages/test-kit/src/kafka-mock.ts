import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { spawnChildServer } from './child-server';
import type { KafkaServer, KafkaTopic } from './kafka-server.port';

const buildScript = resolve(__dirname, '../kafka-mock/build.sh');

/** Builds (or finds cached) the launcher of librdkafka's mock cluster; says why when it cannot. */
export async function buildKafkaMock(): Promise<{ binary: string } | { error: string }> {
  try {
    const { stdout } = await promisify(execFile)('bash', [buildScript], { timeout: 300_000 });
    return { binary: stdout.trim().split('\n').pop() ?? '' };
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    return { error: stderr.trim().split('\n').slice(-3).join(' ') };
  }
}

/** Starts the mock cluster (3 brokers) and talks to it over its stdin/stdout command protocol. */
export async function startKafkaMock(binary: string, topics: readonly KafkaTopic[]): Promise<KafkaServer> {
  const server = spawnChildServer(binary, [
    '--brokers',
    '3',
    ...topics.map((t) => `${t.name}:${t.partitions}`),
  ]);
  const lines = createInterface({ input: server.child.stdout });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  server.child.once('exit', () => waiting.splice(0).forEach((answer) => answer('error launcher exited')));

  const nextLine = (): Promise<string> => new Promise((answer) => waiting.push(answer));
  let queue = Promise.resolve();
  // One command at a time: replies come back in order, one line each.
  const send = (command: string): Promise<string> => {
    const reply = queue.then(() => {
      const line = nextLine();
      server.child.stdin.write(`${command}\n`);
      return line;
    });
    queue = reply.then(() => undefined);
    return reply;
  };
  const command = async (text: string): Promise<void> => {
    const reply = await send(text);
    if (reply !== 'ok') throw new Error(`kafka mock: "${text}" failed: ${reply}`);
  };

  const bootstrap = await nextLine();
  if (!bootstrap.includes(':')) {
    await server.stop();
    throw new Error(`kafka mock did not start: ${server.stderrTail() || bootstrap}`);
  }
  const brokerIds = (await send('brokers')).split(' ').map(Number);
  const [major = 0, minor = 0] = (await send('version')).split('.').map(Number);
  return {
    brokers: bootstrap.split(','),
    brokerIds,
    // From 2.12 the launcher adds broker 0, the controller id the mock reports.
    supportsIdempotentProducer: major > 2 || (major === 2 && minor >= 12),
    createTopic: (name, partitions) => command(`topic ${name} ${partitions}`),
    brokerDown: (id) => command(`down ${id}`),
    brokerUp: (id) => command(`up ${id}`),
    stop: () => server.stop(),
  };
}
