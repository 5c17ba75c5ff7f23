import { defineRoute, openApiDocument } from '@jisr/http-kit';
import { z } from 'zod';
import { undocumentedResponse } from '../../src/documented-responses';

const document = openApiDocument(
  [
    defineRoute({
      method: 'get',
      path: '/v1/things/:thingId',
      tag: 'Things',
      summary: 'One thing',
      access: 'public',
      params: z.object({ thingId: z.string() }),
      responses: {
        200: {
          description: 'The thing',
          schema: z.object({ size: z.number(), colour: z.enum(['red']).nullable() }),
        },
        404: { description: 'No such thing' },
      },
      handle: async () => ({ status: 200 }),
    }),
  ],
  { title: 'Things', version: '1', description: 'A test API' },
);
const problem = {
  type: 'about:blank',
  title: 'Not Found',
  status: 404,
  detail: 'No.',
  code: 'THING.NOT_FOUND',
  correlationId: 'c',
  errors: [],
};
const get = (status: number, body: unknown, contentType = 'application/json') => ({
  method: 'GET',
  path: '/v1/things/7?lang=ar',
  status,
  contentType,
  body,
});

describe('undocumentedResponse', () => {
  test('when a response matches its documented schema, then nothing is reported', () => {
    expect(undocumentedResponse(document, get(200, { size: 3, colour: null }))).toBeNull();
    expect(undocumentedResponse(document, get(404, problem, 'application/problem+json'))).toBeNull();
  });

  test('when a body does not parse with the documented schema, then the field is named', () => {
    expect(undocumentedResponse(document, get(200, { size: 'big', colour: null }))).toMatch(/size/);
    expect(undocumentedResponse(document, get(404, { oops: true }, 'application/problem+json'))).toMatch(
      /code/,
    );
  });

  test('when the status, content type or route is not documented, then that is reported', () => {
    expect(undocumentedResponse(document, get(409, problem, 'application/problem+json'))).toMatch(
      /status not documented/,
    );
    expect(undocumentedResponse(document, get(200, 'a,b', 'text/csv'))).toMatch(/content type text\/csv/);
    expect(undocumentedResponse(document, { ...get(200, {}), path: '/v1/other' })).toMatch(
      /route not documented/,
    );
  });
});
