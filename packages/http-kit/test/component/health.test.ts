import { problemOf, startTestApp } from '../fixtures/test-app';

describe('GET /healthz', () => {
  test('when the process runs, then it answers 200 even if a dependency is down', async () => {
    const kit = await startTestApp(() => undefined, { readiness: () => Promise.resolve({ bus: false }) });

    const response = await fetch(`${kit.url}/healthz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', service: 'kit-test' });
    await kit.server.close();
  });

  test('when it is probed, with or without a query string, then the answer carries the correlation id, helmet headers and an exact length', async () => {
    const kit = await startTestApp(() => undefined);

    const echoed = await fetch(`${kit.url}/healthz`, { headers: { 'x-request-id': 'probe-7' } });
    const fresh = await fetch(`${kit.url}/healthz`, { headers: { 'x-request-id': '<script>' } });
    const head = await fetch(`${kit.url}/healthz`, { method: 'HEAD' });
    const withQuery = await fetch(`${kit.url}/healthz/?from=uptime-monitor`);
    const elsewhere = await fetch(`${kit.url}/healthzz`);

    expect(echoed.headers.get('x-request-id')).toBe('probe-7');
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(echoed.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Number(echoed.headers.get('content-length'))).toBe(Buffer.byteLength(await echoed.text()));
    expect(echoed.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(head.status).toBe(200);
    expect([withQuery.status, elsewhere.status]).toEqual([200, 404]);
    expect(await head.text()).toBe('');
    await kit.server.close();
  });

  test('when /healthz is posted to, then it is not the probe and answers 404 problem+json', async () => {
    const kit = await startTestApp(() => undefined);

    const response = await fetch(`${kit.url}/healthz`, { method: 'POST' });

    expect(response.status).toBe(404);
    expect(await problemOf(response)).toMatchObject({ code: 'HTTP.NOT_FOUND' });
    await kit.server.close();
  });
});

describe('GET /readyz', () => {
  test('when every check passes, then it answers 200 with the checks', async () => {
    const kit = await startTestApp(() => undefined, {
      readiness: () => Promise.resolve({ storage: true, bus: true }),
    });

    const response = await fetch(`${kit.url}/readyz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      service: 'kit-test',
      checks: { storage: true, bus: true },
    });
    await kit.server.close();
  });

  test('when a check fails, then it answers 503 problem+json naming the checks', async () => {
    const kit = await startTestApp(() => undefined, {
      readiness: () => Promise.resolve({ storage: true, bus: false }),
    });

    const response = await fetch(`${kit.url}/readyz`);

    expect(response.status).toBe(503);
    expect(await problemOf(response)).toMatchObject({
      code: 'SERVICE.NOT_READY',
      checks: { storage: true, bus: false },
    });
    await kit.server.close();
  });

  test('when the readiness probe itself throws, then it answers 503 and logs why', async () => {
    const kit = await startTestApp(() => undefined, {
      readiness: () => Promise.reject(new Error('storage ping refused')),
    });

    const response = await fetch(`${kit.url}/readyz`);

    expect(response.status).toBe(503);
    expect(await problemOf(response)).toMatchObject({ code: 'SERVICE.NOT_READY', checks: {} });
    expect(kit.lines).toContainEqual(
      expect.objectContaining({
        msg: 'readiness check failed',
        err: expect.objectContaining({ message: 'storage ping refused' }),
      }),
    );
    await kit.server.close();
  });
});
