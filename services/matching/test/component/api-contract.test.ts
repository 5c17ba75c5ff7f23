import { validate } from '@readme/openapi-parser';
import { documentedPaths, routesOf } from '@jisr/http-kit';
import { aWorld, tokenFor, type Instance, type World } from './matching-world';
import { aStartupIn, anAdvisorIn, council } from './scenario';

const ARABIC = { 'accept-language': 'ar-LY,ar;q=0.9,en;q=0.5' };

describe('matching API contract', () => {
  let world: World;
  let matching: Instance;

  beforeAll(async () => {
    world = await aWorld();
    matching = await world.start();
  });
  afterAll(() => world.close());

  test('when /v1/openapi.json is read, then @readme/openapi-parser finds valid OpenAPI 3.1', async () => {
    const { body } = await matching.call('GET', '/v1/openapi.json', null);

    const result = await validate(structuredClone(body));

    expect(result.valid ? [] : result.errors).toEqual([]);
    expect([result.valid, body.openapi]).toEqual([true, '3.1.0']);
  });

  test('when the router stack is walked, then every mounted route is in the document, and nothing else', async () => {
    const { body } = await matching.call('GET', '/v1/openapi.json', null);

    expect(routesOf(matching.service.app)).toEqual(documentedPaths(body));
    expect(documentedPaths(body)).toContain('GET /v1/pipeline/export.csv');
    expect(body.paths['/v1/pipeline/export.csv'].get.responses['200'].content).toHaveProperty('text/csv');
  });

  test('when /v1/docs is opened, then it lists the operations without a script, under the CSP', async () => {
    const reply = await matching.call('GET', '/v1/docs', null);

    expect(reply.type).toContain('text/html');
    expect(reply.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(reply.text).toContain('/v1/cohort-rounds/{roundId}/confirm');
    expect(reply.text).not.toMatch(/<script/i);
  });

  test.each(['/v1/startups/%FF/recommendations', '/v1/introductions/%ZZ', '/v1/cohort-rounds/%E0%A4%A'])(
    'when %s is requested without a token, then 400 problem+json, not 500',
    async (path) => {
      const reply = await matching.call('GET', path, null);

      expect([reply.status, reply.body.code]).toEqual([400, 'REQUEST.MALFORMED_PATH']);
      expect(reply.type).toContain('application/problem+json');
    },
  );

  test('when the caller reads Arabic, then 403, 404, 409 and 422 problems carry an Arabic detail', async () => {
    const mine = await aStartupIn(world, matching);
    const confirmed = await aStartupIn(world, matching, {
      languages: [{ code: 'ar', proficiency: 'native' }],
    });
    const { advisor } = await anAdvisorIn(world, matching, {
      languages: [{ code: 'tr', proficiency: 'native' }],
    });
    const { advisor: fitting } = await anAdvisorIn(world, matching);
    const ask = (token: string, advisorId: string) =>
      matching.call('POST', '/v1/introductions', token, { advisorId, note: 'Merhaba' }, ARABIC);

    const coordinator = tokenFor('coordinator-1', 'council', {
      staffRoles: ['centre-coordinator'],
      centreIds: ['centre-misrata'],
    });
    const forbidden = await matching.call(
      'GET',
      '/v1/reports/cohort/cohort-a',
      coordinator,
      undefined,
      ARABIC,
    );
    const missing = await matching.call(
      'GET',
      `/v1/introductions/${mine.startup.startupId}`,
      council(),
      undefined,
      ARABIC,
    );
    const notAMatch = await ask(confirmed.startupToken, advisor.advisorId);
    await ask(mine.startupToken, fitting.advisorId);
    const duplicate = await ask(mine.startupToken, fitting.advisorId);

    expect(
      [forbidden, missing, duplicate, notAMatch].map((reply) => [
        reply.status,
        reply.body.code,
        reply.body.detail,
      ]),
    ).toEqual([
      [403, 'MATCHING.REPORT_FORBIDDEN', 'يطّلع منسّق المركز على تقارير مراكزه فقط.'],
      [404, 'MATCHING.INTRODUCTION_NOT_FOUND', 'لا يوجد طلب تعارف كهذا.'],
      [409, 'MATCHING.DUPLICATE_REQUEST', 'لديك بالفعل طلب مفتوح لدى هذا المستشار.'],
      [422, 'MATCHING.NOT_A_MATCH', 'هذا المستشار لا يناسب شركتك بما يكفي لطلبه.'],
    ]);
  });
});
