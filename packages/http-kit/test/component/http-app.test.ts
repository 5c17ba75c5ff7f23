import type { AddressInfo } from 'node:net';
import express from 'express';
import helmet from 'helmet';
import { z } from 'zod';
import { parseWith } from '@jisr/http-kit';
import { problemOf, startTestApp, type TestApp } from '../fixtures/test-app';

const newStartupSchema = z.object({ name: z.string().min(1), sector: z.string().regex(/^\d{2}$/) }).strict();
const listQuerySchema = z.object({ limit: z.coerce.number().int().max(50) }).strict();

let kit: TestApp;
beforeAll(async () => {
  kit = await startTestApp(
    (router) => {
      router.post('/v1/startups', (req, res) => {
        res.status(201).json(parseWith(newStartupSchema, req.body, 'body'));
      });
      router.get('/v1/startups', (req, res) => {
        res.json(parseWith(listQuerySchema, req.query, 'query'));
      });
      router.post('/v1/introductions/:id/accept', (req, res) => {
        res.status(200).json({ accepted: req.params.id, body: req.body ?? null });
      });
      router.get('/v1/boom', () => {
        throw new Error('connection to mongodb://admin:s3cret@db failed');
      });
    },
    { bodyLimit: '1kb' },
  );
});
afterAll(() => kit.server.close());

const post = (path: string, body: string, contentType = 'application/json') =>
  fetch(`${kit.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });

describe('createHttpApp request bodies', () => {
  test('when the body is valid JSON for a strict schema, then the route gets the parsed value', async () => {
    const response = await post('/v1/startups', JSON.stringify({ name: 'Sahara Solar', sector: '35' }));

    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ name: 'Sahara Solar', sector: '35' });
  });

  test('when the JSON is malformed, then the answer is 400 REQUEST.MALFORMED_JSON', async () => {
    const response = await post('/v1/startups', '{"name": "Sahara",');

    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({ code: 'REQUEST.MALFORMED_JSON' });
  });

  test('when the body is over the limit, then the answer is 413 REQUEST.TOO_LARGE', async () => {
    const response = await post('/v1/startups', JSON.stringify({ name: 'x'.repeat(4096), sector: '35' }));

    expect(response.status).toBe(413);
    expect(await problemOf(response)).toMatchObject({ code: 'REQUEST.TOO_LARGE' });
  });

  test.each(['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1'])(
    'when the content type is %s, then the answer is 415',
    async (contentType) => {
      const response = await post('/v1/startups', 'name=Sahara&sector=35', contentType);

      expect(response.status).toBe(415);
      expect(await problemOf(response)).toMatchObject({ code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE' });
    },
  );

  test('when a strict schema meets unknown fields, then 400 names each unknown field', async () => {
    const response = await post(
      '/v1/startups',
      JSON.stringify({ name: 'Sahara', sector: '35', isAdmin: true, x: 1 }),
    );

    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({
      code: 'REQUEST.INVALID',
      errors: [
        { path: 'body.isAdmin', code: 'unrecognized_keys', message: 'is not allowed' },
        { path: 'body.x', code: 'unrecognized_keys', message: 'is not allowed' },
      ],
    });
  });

  test('when an operator object is sent where a string is expected, then 400 names the field', async () => {
    const response = await post('/v1/startups', JSON.stringify({ name: { $ne: '' }, sector: '35' }));

    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({
      code: 'REQUEST.INVALID',
      errors: [{ path: 'body.name', code: 'invalid_type' }],
    });
  });

  test('when a query value is invalid, then 400 names it under query', async () => {
    const response = await fetch(`${kit.url}/v1/startups?limit=500`);

    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({ errors: [{ path: 'query.limit', code: 'too_big' }] });
  });

  test('when a POST carries no body and no content type, then the route runs', async () => {
    const response = await fetch(`${kit.url}/v1/introductions/int-9/accept`, { method: 'POST' });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: 'int-9', body: null });
  });
});

describe('createHttpApp errors', () => {
  test('when a route throws an unexpected error, then 500 problem+json reveals nothing and the log keeps the cause', async () => {
    const response = await fetch(`${kit.url}/v1/boom`);

    expect(response.status).toBe(500);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ code: 'INTERNAL.UNEXPECTED', title: 'Internal Server Error' });
    expect(JSON.stringify(problem)).not.toMatch(/s3cret|mongodb|at .*\.ts/);
    const logged = kit.lines.find(
      (line) => line.correlationId === problem.correlationId && line.level === 'error',
    );
    expect(logged).toMatchObject({ err: { message: 'connection to mongodb://admin:s3cret@db failed' } });
  });

  test('when the route is unknown, then the answer is 404 HTTP.NOT_FOUND', async () => {
    const response = await fetch(`${kit.url}/v1/nowhere`, { method: 'DELETE' });

    expect(response.status).toBe(404);
    expect(await problemOf(response)).toMatchObject({ code: 'HTTP.NOT_FOUND', title: 'Not Found' });
  });

  test('when the caller prefers Arabic or Turkish, then the kit detail is in that language', async () => {
    const arabic = await fetch(`${kit.url}/v1/nowhere`, {
      headers: { 'accept-language': 'ar-LY,ar;q=0.9,en;q=0.5' },
    });
    const turkish = await fetch(`${kit.url}/v1/nowhere`, { headers: { 'accept-language': 'tr' } });

    expect((await problemOf(arabic)).detail).toBe('لا يوجد شيء على هذا العنوان.');
    expect((await problemOf(turkish)).detail).toBe('Bu adreste bir şey yok.');
  });

  test('when the caller sends x-request-id, then it is echoed and used as the correlation id', async () => {
    const response = await fetch(`${kit.url}/v1/nowhere`, { headers: { 'x-request-id': 'req-42.a' } });

    expect(response.headers.get('x-request-id')).toBe('req-42.a');
    expect((await problemOf(response)).correlationId).toBe('req-42.a');
  });

  test('when the x-request-id is not a sane token, then a fresh one replaces it', async () => {
    const response = await fetch(`${kit.url}/v1/nowhere`, { headers: { 'x-request-id': '<script>' } });

    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('when any response is sent, then helmet headers are on it', async () => {
    const response = await fetch(`${kit.url}/healthz`);

    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  test('when the headers are set once for all answers, then they are exactly the ones helmet sets itself', async () => {
    const plain = express();
    plain.disable('x-powered-by');
    plain.use(helmet());
    plain.get('/healthz', (_req, res) => {
      res.json({ status: 'ok' });
    });
    const server = plain.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const byHelmet = await fetch(`http://127.0.0.1:${port}/healthz`);
      const ours = await fetch(`${kit.url}/healthz`);
      const securityHeaders = (response: Response) =>
        Object.fromEntries(
          [...response.headers].filter(
            ([name]) =>
              ![
                'date',
                'content-length',
                'etag',
                'x-request-id',
                'content-type',
                'connection',
                'keep-alive',
                'cache-control',
              ].includes(name),
          ),
        );

      expect(Object.keys(securityHeaders(byHelmet)).length).toBeGreaterThan(8);
      expect(securityHeaders(ours)).toEqual(securityHeaders(byHelmet));
    } finally {
      server.close();
    }
  });
});
