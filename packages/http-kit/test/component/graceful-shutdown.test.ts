import { gate, startTestApp } from '../fixtures/test-app';

// undici's errors come from another realm than jest's, so read the code structurally.
const failureCode = (error: unknown): unknown => (error as { cause?: { code?: unknown } }).cause?.code;

describe('startHttpServer close()', () => {
  test('when a slow request is in flight, then it finishes while new connections are refused', async () => {
    const entered = gate();
    const release = gate();
    const kit = await startTestApp((router) => {
      router.get('/v1/slow', async (_req, res) => {
        entered.open();
        await release.opened;
        res.json({ done: true });
      });
    });
    const slow = fetch(`${kit.url}/v1/slow`);
    await entered.opened;

    const closed = kit.server.close();
    const refused = await fetch(`${kit.url}/healthz`).then(
      () => 'answered',
      (error: unknown) => failureCode(error),
    );
    release.open();

    expect(refused).toBe('ECONNREFUSED');
    const response = await slow;
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({ done: true });
    await expect(closed).resolves.toBeUndefined();
  });

  test('when clients hold idle keep-alive connections, then close resolves without waiting for them', async () => {
    const kit = await startTestApp(() => undefined);
    await (await fetch(`${kit.url}/healthz`)).text();
    const startedAt = performance.now();

    await kit.server.close();

    expect(performance.now() - startedAt).toBeLessThan(1000);
  });

  test('when a request outlives the shutdown timeout, then it is cut off and close still resolves', async () => {
    const entered = gate();
    const never = gate();
    const kit = await startTestApp(
      (router) => {
        router.get('/v1/stuck', async (_req, res) => {
          entered.open();
          await never.opened;
          res.end();
        });
      },
      { shutdownTimeoutMs: 100 },
    );
    const stuck = fetch(`${kit.url}/v1/stuck`).then(
      () => 'answered',
      () => 'cut off',
    );
    await entered.opened;

    await kit.server.close();

    expect(await stuck).toBe('cut off');
    expect(kit.lines).toContainEqual(expect.objectContaining({ level: 'warn', inFlight: 1 }));
    never.open();
  });

  test('when close is called twice, then both calls wait for the same shutdown', async () => {
    const kit = await startTestApp(() => undefined);

    await expect(Promise.all([kit.server.close(), kit.server.close()])).resolves.toEqual([
      undefined,
      undefined,
    ]);
  });
});
