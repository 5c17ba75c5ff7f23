import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { authenticate, createTokenVerifier, generateSigningKey } from '@jisr/auth';
import { z } from 'zod';
import { defineRoute, JsonText, problems, serveApi } from '../../src';
import { startTestApp, type TestApp } from '../fixtures/test-app';

const key = generateSigningKey();
const verifier = createTokenVerifier({
  issuer: 'https://kit.test',
  audience: 'jisr',
  keys: () => [key.publicJwk],
});

const bigPage = {
  items: Array.from({ length: 200 }, (_, rank) => ({ rank, why: 'نفس القطاع — same sector' })),
};
const samePage = new JsonText(JSON.stringify(bigPage));

const route = (path: string, body: () => JsonText) =>
  defineRoute({
    method: 'get',
    path,
    tag: 'Pages',
    summary: path,
    access: 'public',
    responses: { 200: { description: 'A page', schema: z.unknown() }, ...problems },
    handle: async () => ({ status: 200, body: body() }),
  });

let kit: TestApp;
beforeAll(async () => {
  kit = await startTestApp((router) => {
    serveApi(
      router,
      [route('/v1/big', () => samePage), route('/v1/small', () => new JsonText('{"ok":true}'))],
      {
        authenticate: authenticate(verifier),
        api: { title: 'Kit test', version: '1', description: 'Pre-serialised JSON' },
      },
    );
  });
});
afterAll(() => kit.server.close());

/** A raw GET, so the test sees the bytes and headers as sent (fetch would gunzip them). */
const rawGet = (path: string, acceptEncoding?: string) =>
  new Promise<{ status: number; headers: Record<string, unknown>; bytes: Buffer }>((resolve, reject) => {
    const req = request(`${kit.url}${path}`, {
      headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });

describe('a route answering with pre-serialised JSON', () => {
  test('when the client accepts gzip and the body is large, then it goes out gzipped as JSON', async () => {
    const answer = await rawGet('/v1/big', 'gzip, deflate');

    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['vary']).toBe('Accept-Encoding');
    expect(answer.bytes.length).toBeLessThan(samePage.bytes.length / 4);
    expect(JSON.parse(gunzipSync(answer.bytes).toString())).toEqual(bigPage);
  });

  test.each([undefined, 'identity', 'gzip;q=0, identity', 'br'])(
    'when the client does not accept gzip (%s), then the same JSON goes out plain',
    async (acceptEncoding) => {
      const answer = await rawGet('/v1/big', acceptEncoding);

      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers['vary']).toBe('Accept-Encoding');
      expect(JSON.parse(answer.bytes.toString())).toEqual(bigPage);
    },
  );

  test('when the same page is served again, then the gzip made the first time is sent again', async () => {
    const first = samePage.gzipped();
    const bodies = await Promise.all([1, 2, 3].map(() => rawGet('/v1/big', 'gzip')));

    expect(samePage.gzipped()).toBe(first);
    for (const answer of bodies) expect(answer.bytes.equals(first)).toBe(true);
  });

  test('when the body is small, then it goes out plain even to a gzip client', async () => {
    const answer = await rawGet('/v1/small', 'gzip');

    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(answer.bytes.toString())).toEqual({ ok: true });
  });
});
