import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { startBff, type BffHarness } from './bff-harness';

const PAGE = { items: Array.from({ length: 50 }, (_, rank) => ({ rank, why: 'نفس القطاع — aynı sektör' })) };

/** A service that, like matching's recommendations, answers gzipped to a client that accepts gzip. */
const aGzippingUpstream = async () => {
  const seen: IncomingHttpHeaders[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req.headers);
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = Buffer.from(JSON.stringify(PAGE));
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      vary: 'Accept-Encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

let upstream: Awaited<ReturnType<typeof aGzippingUpstream>>;
let bff: BffHarness;
beforeAll(async () => {
  upstream = await aGzippingUpstream();
  bff = await startBff({ messagingUrl: upstream.url });
});
afterAll(async () => {
  await bff.stop();
  await upstream.stop();
});

const rawGet = (url: string, headers: Record<string, string>) =>
  new Promise<{ headers: IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
    const req = request(url, { headers });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });

describe('the BFF proxy and compressed answers', () => {
  test('when the browser accepts gzip, then a gzipped answer of a service reaches it as it was sent', async () => {
    const answer = await rawGet(`${bff.webUrl}/api/messaging/v1/page`, {
      'accept-encoding': 'gzip, deflate, br',
    });

    expect(upstream.seen.at(-1)?.['accept-encoding']).toBe('gzip, deflate, br');
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['vary']).toBe('Accept-Encoding');
    expect(JSON.parse(gunzipSync(answer.bytes).toString())).toEqual(PAGE);
  });

  test('when the browser does not accept gzip, then the answer arrives plain', async () => {
    const answer = await rawGet(`${bff.webUrl}/api/messaging/v1/page`, {});

    expect(upstream.seen.at(-1)?.['accept-encoding']).toBeUndefined();
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(answer.bytes.toString())).toEqual(PAGE);
  });
});
