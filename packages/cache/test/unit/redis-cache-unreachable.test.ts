import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createRedisCache, openCache } from '@jisr/cache';
import { timed } from '../fixtures/timed';

/*
 * No Redis needed: a port nobody listens on stands for a stopped server, and a server that
 * accepts connections but never answers stands for a hung one.
 */
const COMMAND_TIMEOUT_MS = 200;
const FAIL_FAST_MS = COMMAND_TIMEOUT_MS + 1200;

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};
const closedPort = async () => {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
};
const silentServer = async () => {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => void sockets.add(socket));
  const port = await listen(server);
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return { url: `redis://127.0.0.1:${port}`, close };
};
describe('createRedisCache when Redis cannot be reached', () => {
  test('when nothing listens at the URL, then commands fail with 503 within the command timeout', async () => {
    const cache = createRedisCache({
      url: `redis://127.0.0.1:${await closedPort()}`,
      commandTimeoutMs: COMMAND_TIMEOUT_MS,
    });

    const results = await Promise.all([
      timed(() => cache.get('k')),
      timed(() => cache.incr('rate:k', 60)),
      timed(() => cache.subscribe('ch', () => undefined)),
    ]);

    for (const { outcome, ms } of results) {
      expect(outcome).toMatchObject({ code: 'CACHE.UNAVAILABLE', status: 503 });
      expect(ms).toBeLessThan(FAIL_FAST_MS);
    }
    await cache.close();
  });

  test('when the server accepts but never answers, then a command fails with 503 after the timeout', async () => {
    const silent = await silentServer();
    const cache = createRedisCache({ url: silent.url, commandTimeoutMs: COMMAND_TIMEOUT_MS });

    const { outcome, ms } = await timed(() => cache.set('k', 'v', 60));

    expect(outcome).toMatchObject({ code: 'CACHE.UNAVAILABLE', status: 503 });
    expect(ms).toBeGreaterThanOrEqual(COMMAND_TIMEOUT_MS - 20);
    expect(ms).toBeLessThan(FAIL_FAST_MS);
    await expect(timed(() => cache.close())).resolves.toMatchObject({ outcome: 'succeeded' });
    await silent.close();
  });

  test('when many commands arrive before the first connection, then they all fail without a listener leak', async () => {
    const silent = await silentServer();
    const cache = createRedisCache({ url: silent.url, commandTimeoutMs: COMMAND_TIMEOUT_MS });
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);

    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, n) => cache.get(`k${n}`).catch((error: unknown) => error)),
    );

    process.off('warning', onWarning);
    expect(outcomes.every((outcome) => (outcome as { code?: string }).code === 'CACHE.UNAVAILABLE')).toBe(
      true,
    );
    expect(warnings).not.toContain('MaxListenersExceededWarning');
    await cache.close();
    await silent.close();
  });
});

describe('openCache', () => {
  test('when Redis does not answer within the connect timeout, then start-up fails with CACHE.UNAVAILABLE', async () => {
    const url = `redis://127.0.0.1:${await closedPort()}`;

    const { outcome, ms } = await timed(() =>
      openCache({ kind: 'redis', url, commandTimeoutMs: COMMAND_TIMEOUT_MS }, undefined, {
        connectTimeoutMs: 500,
      }),
    );

    expect(outcome).toMatchObject({ code: 'CACHE.UNAVAILABLE', status: 503 });
    expect(ms).toBeLessThan(500 + FAIL_FAST_MS);
  });

  test('when the configuration asks for memory, then a working in-process cache is returned', async () => {
    const cache = await openCache({ kind: 'memory' });
    await cache.set('k', 'v');

    expect(await cache.get('k')).toBe('v');
  });
});
