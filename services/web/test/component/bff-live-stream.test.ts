import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { waitFor } from '@jisr/test-kit';
import { startBff, type BffHarness } from './bff-harness';

const JSON_HEADERS = { 'content-type': 'application/json', 'x-jisr-csrf': '1' };

/**
 * Messaging's side of `GET /v1/notifications/stream`, written by the test: it keeps every stream
 * open and writes an event when told, so the test sees whether each event crosses the BFF at once.
 * (The browser story in e2e/introduction-story.e2e.ts runs the same path against real messaging.)
 */
const aStreamingUpstream = async () => {
  const seen: IncomingHttpHeaders[] = [];
  const open: ServerResponse[] = [];
  let closed = 0;
  const server: Server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
    });
    res.write(': connected\n\n');
    open.push(res);
    req.on('close', () => (closed += 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    closed: () => closed,
    push: (data: unknown) => open.at(-1)?.write(`event: notification\ndata: ${JSON.stringify(data)}\n\n`),
    stop: () => {
      for (const res of open) res.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

let upstream: Awaited<ReturnType<typeof aStreamingUpstream>>;
let bff: BffHarness;
beforeAll(async () => {
  upstream = await aStreamingUpstream();
  bff = await startBff({ messagingUrl: upstream.url });
});
afterAll(async () => {
  await bff.stop();
  await upstream.stop();
});

const signedInCookie = async (): Promise<string> => {
  const person = { email: `live-${Date.now()}@bff.jisr.test`, password: 'Tripoli-harbour-7-lanterns' };
  const created = await fetch(`${bff.webUrl}/api/profile/v1/accounts`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ ...person, role: 'advisor' }),
  });
  expect(created.status).toBe(202);
  const session = await fetch(`${bff.webUrl}/api/session`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify(person),
  });
  return (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
};

describe('GET /api/messaging/v1/notifications/stream through the BFF', () => {
  test('when a signed-in browser listens, then each event arrives as written, uncompressed, with the session’s token kept server-side', async () => {
    const cookie = await signedInCookie();
    const abort = new AbortController();
    const stream = await fetch(`${bff.webUrl}/api/messaging/v1/notifications/stream`, {
      headers: { cookie, accept: 'text/event-stream', 'accept-encoding': 'gzip, br' },
      signal: abort.signal,
    });
    const reader = stream.body!.getReader();
    const next = async () => new TextDecoder().decode((await reader.read()).value);

    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    expect(stream.headers.get('content-encoding')).toBeNull();
    expect(stream.headers.get('set-cookie')).toBeNull();
    expect(await next()).toContain(': connected');

    upstream.push({ kind: 'message.received', threadId: 't1' });
    // The upstream stream is still open: this chunk can only be here if the BFF did not buffer.
    expect(await next()).toBe('event: notification\ndata: {"kind":"message.received","threadId":"t1"}\n\n');

    const headers = upstream.seen.at(-1)!;
    const token = bff.issued.at(-1)!.accessToken;
    expect(headers.authorization).toBe(`Bearer ${token}`);
    expect(headers.cookie).toBeUndefined();

    const closedBefore = upstream.closed();
    abort.abort();
    await waitFor(() => (upstream.closed() > closedBefore ? true : undefined), {
      timeoutMs: 2000,
      what: 'the BFF to close the upstream stream when the browser leaves',
    });
  });

  test('when a signed-out browser listens, then no token is sent upstream', async () => {
    const abort = new AbortController();
    const stream = await fetch(`${bff.webUrl}/api/messaging/v1/notifications/stream`, {
      signal: abort.signal,
    });
    expect(stream.status).toBe(200);
    expect(upstream.seen.at(-1)!.authorization).toBeUndefined();
    abort.abort();
  });
});
