import { validate } from '@readme/openapi-parser';
import { documentedPaths, routesOf } from '@jisr/http-kit';
import { startProfile, type ProfileHarness } from './profile-harness';

let profile: ProfileHarness;
beforeAll(async () => {
  profile = await startProfile();
});
afterAll(async () => {
  await profile.stop();
});

describe('GET /v1/openapi.json', () => {
  test('when the document is read, then it is OpenAPI 3.1 and lists the routes with bearer security', async () => {
    const response = await profile.request('GET', '/v1/openapi.json');

    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/accounts',
        '/v1/sessions',
        '/.well-known/jwks.json',
        '/v1/startups/{startupId}',
        '/v1/programmes/{programmeId}/weights',
      ]),
    );
    expect(response.body.paths['/v1/startups/{startupId}'].put.security).toEqual([{ bearerAuth: [] }]);
    expect(response.body.paths['/v1/sessions'].post.security).toEqual([]);
  });

  test('when a request body schema is read, then it comes from the zod schema: strict, with the contract value sets', async () => {
    const { body } = await profile.request('GET', '/v1/openapi.json');

    const startup = body.paths['/v1/startups/{startupId}'].put.requestBody.content['application/json'].schema;

    expect(startup.additionalProperties).toBe(false);
    expect(startup.required).toEqual(
      expect.arrayContaining(['name', 'sector', 'stage', 'city', 'languages', 'timeZone']),
    );
    expect(startup.properties.stage.enum).toEqual(['idea', 'prototype', 'early-revenue', 'growth', 'scale']);
    expect(startup.properties).not.toHaveProperty('verification');
    const listing = body.paths['/v1/startups'].get.parameters.map(
      (parameter: { name: string }) => parameter.name,
    );
    expect(listing).toEqual(
      expect.arrayContaining(['sector', 'stage', 'city', 'language', 'verification', 'cursor', 'limit']),
    );
  });
});

describe('the API contract', () => {
  test('when /v1/openapi.json is read, then @readme/openapi-parser finds valid OpenAPI 3.1', async () => {
    const { body } = await profile.request('GET', '/v1/openapi.json');

    const result = await validate(structuredClone(body));

    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('when the router stack is walked, then every mounted route is in the document, and nothing else', async () => {
    const { body } = await profile.request('GET', '/v1/openapi.json');

    expect(routesOf(profile.app)).toEqual(documentedPaths(body));
  });

  test.each(['/v1/startups/%FF', '/v1/advisors/%ZZ', '/v1/programmes/%E0%A4%A'])(
    'when %s is requested without a token, then 400 problem+json, not 500',
    async (path) => {
      const response = await profile.request('GET', path);

      expect([response.status, response.body.code]).toEqual([400, 'REQUEST.MALFORMED_PATH']);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    },
  );
});

describe('GET /v1/docs', () => {
  test('when the docs page is opened, then it is HTML listing the operations', async () => {
    const response = await profile.request('GET', '/v1/docs');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.body).toContain('/v1/startups/{startupId}');
    expect(response.body).toContain('/.well-known/jwks.json');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.body).not.toMatch(/<script/i);
  });
});
