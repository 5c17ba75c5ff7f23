import { validate } from '@readme/openapi-parser';
import { createTokenVerifier, generateSigningKey, authenticate } from '@jisr/auth';
import { notFound } from '@jisr/errors';
import express from 'express';
import { z } from 'zod';
import { defineRoute, documentedPaths, problems, routesOf, serveApi, type JsonSchema } from '../../src';
import { problemOf, startTestApp, type TestApp } from '../fixtures/test-app';

const key = generateSigningKey();
const verifier = createTokenVerifier({
  issuer: 'https://kit.test',
  audience: 'jisr',
  keys: () => [key.publicJwk],
});
const shelf = z.object({ shelfId: z.string().regex(/^[a-z0-9-]{1,40}$/) }).strict();
const book = z.object({ shelfId: z.string(), title: z.string() });

const routes = [
  defineRoute({
    method: 'get',
    path: '/v1/shelves/:shelfId',
    tag: 'Shelves',
    summary: 'Read a shelf',
    access: 'public',
    params: shelf,
    responses: { 200: { description: 'The shelf', schema: book }, 400: problems[400], 404: problems[404] },
    handle: async ({ params }) => {
      if (params.shelfId === 'missing') throw notFound('SHELF.NOT_FOUND', 'No such shelf.');
      return { status: 200, body: { shelfId: params.shelfId, title: 'Ibn Khaldun' } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/shelves/:shelfId/export.csv',
    tag: 'Shelves',
    summary: 'A shelf as CSV',
    access: ['observer'],
    params: shelf,
    responses: { 200: { description: 'CSV', schema: z.string(), contentType: 'text/csv' }, ...problems },
    handle: async () => ({
      status: 200,
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
      body: 'a,b\r\n',
    }),
  }),
];

let kit: TestApp;
let document: JsonSchema;
const mounted = express();
beforeAll(async () => {
  kit = await startTestApp((router) => {
    document = serveApi(router, routes, {
      authenticate: authenticate(verifier),
      api: { title: 'Kit test', version: '1', description: 'Routes defined once' },
    });
  });
  // The same routes on a bare app, to read its router stack.
  serveApi(mounted, routes, {
    authenticate: authenticate(verifier),
    api: { title: 'Kit test', version: '1', description: 'Routes defined once' },
  });
});
afterAll(async () => {
  await kit.server.close();
});

describe('serveApi', () => {
  test('when the document is read, then it is valid OpenAPI 3.1 by @readme/openapi-parser', async () => {
    // The document as a client reads it; its members are what the assertions check.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const served: any = await (await fetch(`${kit.url}/v1/openapi.json`)).json();

    const result = await validate(structuredClone(served));

    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(served.openapi).toBe('3.1.0');
    expect(served.paths['/v1/shelves/{shelfId}/export.csv'].get.responses['200'].content).toHaveProperty(
      'text/csv',
    );
  });

  test('when the router stack is walked, then every mounted route is in the document', () => {
    expect(routesOf(mounted)).toEqual(['GET /v1/shelves/:shelfId', 'GET /v1/shelves/:shelfId/export.csv']);
    expect(routesOf(mounted)).toEqual(documentedPaths(document));
  });

  test('when a route is mounted outside the definitions, then the comparison shows it', () => {
    const extra = express();
    serveApi(extra, routes, {
      authenticate: authenticate(verifier),
      api: { title: 't', version: '1', description: 'd' },
    });
    extra.get('/v1/secret', (_req, res) => res.end());

    expect(routesOf(extra).filter((route) => !documentedPaths(document).includes(route))).toEqual([
      'GET /v1/secret',
    ]);
  });

  test('when the docs page is opened, then it lists the operations without any script, under the CSP', async () => {
    const response = await fetch(`${kit.url}/v1/docs`);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).toContain('/v1/shelves/{shelfId}/export.csv');
    expect(html).toContain('text/csv');
    expect(html).not.toMatch(/<script|on\w+=/i);
  });

  test('when a public route is called, then the handler result is the JSON answer', async () => {
    const response = await fetch(`${kit.url}/v1/shelves/history`);

    expect(response.status).toBe(200);
    expect(book.parse(await response.json())).toEqual({ shelfId: 'history', title: 'Ibn Khaldun' });
  });

  test('when a role route is called without a token, then 401 comes before parsing', async () => {
    const response = await fetch(`${kit.url}/v1/shelves/BAD!/export.csv`);

    expect(response.status).toBe(401);
  });
});

describe('malformed path parameters (issue 10.1)', () => {
  test.each(['/v1/shelves/%FF', '/v1/shelves/%ZZ', '/v1/shelves/%E0%A4%A'])(
    'when %s is requested, then 400 problem+json REQUEST.MALFORMED_PATH, logged below error level',
    async (path) => {
      const response = await fetch(`${kit.url}${path}`, { headers: { 'accept-language': 'ar' } });

      expect(response.status).toBe(400);
      const problem = await problemOf(response);
      expect(problem).toMatchObject({
        code: 'REQUEST.MALFORMED_PATH',
        detail: 'يحتوي العنوان على ترميز نسبة مئوية غير صالح.',
      });
      const line = kit.lines.find((logged) => logged.correlationId === problem.correlationId);
      expect(line).toMatchObject({ level: 'info', res: { statusCode: 400 } });
      expect(line).not.toHaveProperty('err');
    },
  );

  test('when clients get 400, 401, 403 and 404, then none of those answers is logged at error level', async () => {
    const answers = await Promise.all([
      fetch(`${kit.url}/v1/shelves/NOT_VALID`),
      fetch(`${kit.url}/v1/shelves/a/export.csv`),
      fetch(`${kit.url}/v1/shelves/missing`),
      fetch(`${kit.url}/v1/nowhere`),
    ]);
    const ids = answers.map((answer) => answer.headers.get('x-request-id'));

    expect(answers.map((answer) => answer.status)).toEqual([400, 401, 404, 404]);
    const lines = kit.lines.filter((line) => ids.includes(String(line.correlationId)));
    expect(lines).toHaveLength(4);
    expect(lines.map((line) => line.level)).toEqual(['info', 'info', 'info', 'info']);
  });
});
