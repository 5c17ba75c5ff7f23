import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import {
  compressAcrossNetwork,
  compressionPays,
} from '../../../src/entry-points/api/compress-across-network';

const from = (remoteAddress: string | undefined) => ({ socket: { remoteAddress } }) as IncomingMessage;

describe('compression across a network', () => {
  test.each(['127.0.0.1', '127.0.1.1', '::1', '::ffff:127.0.0.1'])(
    'when the client is on this host (%s), then gzip does not pay',
    (address) => {
      expect(compressionPays(from(address))).toBe(false);
    },
  );

  test.each(['10.0.3.7', '192.168.1.20', '41.208.70.5', '::ffff:10.0.0.2', '2a02:4780::1'])(
    'when the client is across a network (%s), then gzip pays',
    (address) => {
      expect(compressionPays(from(address))).toBe(true);
    },
  );

  test('when a remote client accepts gzip, then a large answer goes out gzipped and a small one plain', async () => {
    const page = JSON.stringify({
      items: Array.from({ length: 200 }, (_, i) => ({ rank: i, why: 'same sector' })),
    });
    const server = createServer((req, res) => {
      // A remote peer, as the socket would say across a network.
      Object.defineProperty(req.socket, 'remoteAddress', { value: '41.208.70.5' });
      compressAcrossNetwork(req as never, res as never, () => {
        res.setHeader('content-type', 'application/json');
        res.end(req.url === '/small' ? '{"ok":true}' : page);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const get = (path: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        request({ port, path, host: '127.0.0.1', headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        })
          .on('error', reject)
          .end();
      });

    const large = await get('/large');
    const small = await get('/small');
    server.close();

    expect(large.encoding).toBe('gzip');
    expect(gunzipSync(large.body).toString()).toBe(page);
    expect(small.encoding).toBeUndefined();
    expect(small.body.toString()).toBe('{"ok":true}');
  });
});
