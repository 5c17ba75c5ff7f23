import { startTestApp, type TestApp } from '../fixtures/test-app';

let kit: TestApp;

beforeAll(async () => {
  kit = await startTestApp((router) => {
    router.get('/v1/noted', (req, res) => {
      req.log.info({ shelf: 'a' }, 'shelf noted');
      res.json({ ok: true });
    });
  });
});

afterAll(() => kit.server.close());

describe('request log', () => {
  test('when a handler logs through req.log, then its line carries the correlation id', async () => {
    const response = await fetch(`${kit.url}/v1/noted`, { headers: { 'x-request-id': 'note-1' } });

    expect(response.status).toBe(200);
    expect(kit.lines).toContainEqual(
      expect.objectContaining({ correlationId: 'note-1', shelf: 'a', msg: 'shelf noted' }),
    );
  });

  test('when a response is sent, then one info line says the method, path, status and time', async () => {
    await fetch(`${kit.url}/v1/noted?x=1`, { headers: { 'x-request-id': 'note-2' } });

    const lines = kit.lines.filter((line) => line.correlationId === 'note-2' && line.res !== undefined);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'info',
        msg: 'request completed',
        req: { method: 'GET', url: '/v1/noted?x=1' },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      }),
    ]);
  });

  test('when a probe is polled, then nothing is logged for it', async () => {
    const before = kit.lines.length;

    await fetch(`${kit.url}/healthz`, { headers: { 'x-request-id': 'probe-1' } });
    await fetch(`${kit.url}/readyz`, { headers: { 'x-request-id': 'probe-2' } });

    expect(kit.lines.slice(before).filter((line) => String(line.correlationId).startsWith('probe'))).toEqual(
      [],
    );
  });

  test('when a request carries an authorization header, then the line does not quote it', async () => {
    await fetch(`${kit.url}/v1/noted`, {
      headers: { 'x-request-id': 'note-3', authorization: 'Bearer s3cret-token' },
    });

    const lines = kit.lines.filter((line) => line.correlationId === 'note-3');
    expect(lines).toHaveLength(2);
    expect(JSON.stringify(lines)).not.toContain('s3cret-token');
  });
});
