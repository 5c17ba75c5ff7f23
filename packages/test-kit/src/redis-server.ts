import { connect } from 'node:net';
import { GenericContainer } from 'testcontainers';
import { findExecutable, freePort, spawnChildServer } from './child-server';
import { dockerAnswers } from './docker';
import { warnServerMissing } from './server-missing';
import { waitFor } from './wait-for';

export interface RedisServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** Redis by the INFRA order: `REDIS_URL` → testcontainers → local `redis-server` → null (loudly). */
export async function startRedis(): Promise<RedisServer | null> {
  const fromEnv = process.env.REDIS_URL;
  if (fromEnv) return { url: fromEnv, stop: async () => undefined };
  if (await dockerAnswers()) return startRedisContainer();
  return (
    (await startLocalRedis()) ??
    warnServerMissing(
      'Redis',
      'Set REDIS_URL, start Docker, or install redis-server (apt-get install redis-server).',
    )
  );
}

async function startRedisContainer(): Promise<RedisServer> {
  const container = await new GenericContainer('redis:7-alpine').withExposedPorts(6379).start();
  return {
    url: `redis://${container.getHost()}:${container.getMappedPort(6379)}`,
    stop: async () => void (await container.stop()),
  };
}

async function startLocalRedis(): Promise<RedisServer | null> {
  const binary = findExecutable('redis-server');
  if (binary === undefined) return null;
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  // A shell keeps redis-server tied to our stdin pipe: EOF (we stopped or died) ends it.
  const script = '"$0" "$@" --loglevel warning & pid=$!; cat >/dev/null; kill $pid; wait $pid';
  const server = spawnChildServer('sh', ['-c', script, binary, ...args]);
  server.child.stdout.resume();
  try {
    await waitFor(() => ping(port), { timeoutMs: 5000, what: 'redis-server to answer PING' });
  } catch {
    await server.stop();
    throw new Error(`redis-server did not start: ${server.stderrTail()}`);
  }
  return { url: `redis://127.0.0.1:${port}`, stop: () => server.stop() };
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(500, () => socket.destroy());
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      resolve(data.toString().startsWith('+PONG'));
      socket.end();
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });
}
