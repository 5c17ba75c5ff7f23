import { validate } from '@readme/openapi-parser';
import { documentedPaths, routesOf } from '@jisr/http-kit';
import { anAcceptedIntroduction, tokenFor } from './harness';
import { aMessagingPerTest } from './per-test';

const ARABIC = { 'accept-language': 'ar' };

describe('messaging API contract', () => {
  const live = aMessagingPerTest();

  test('when /v1/openapi.json is read, then @readme/openapi-parser finds valid OpenAPI 3.1 with the stream documented', async () => {
    const { body } = await live.messaging.call('GET', '/v1/openapi.json', null);

    const result = await validate(structuredClone(body));

    expect(result.valid ? [] : result.errors).toEqual([]);
    expect([result.valid, body.openapi]).toEqual([true, '3.1.0']);
    expect(body.paths['/v1/notifications/stream'].get.responses['200'].content).toHaveProperty(
      'text/event-stream',
    );
  });

  test('when the router stack is walked, then every mounted route is in the document, and nothing else', async () => {
    const { body } = await live.messaging.call('GET', '/v1/openapi.json', null);

    expect(routesOf(live.messaging.service.app)).toEqual(documentedPaths(body));
  });

  test('when /v1/docs is opened, then it lists the operations without a script, under the CSP', async () => {
    const response = await fetch(`${live.messaging.url}/v1/docs`);
    const html = await response.text();

    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).toContain('/v1/threads/{id}/messages');
    expect(html).not.toMatch(/<script/i);
  });

  test.each(['/v1/threads/%E0%A4%A', '/v1/introductions/%ZZ', '/v1/threads/%FF/messages'])(
    'when %s is requested without a token, then 400 problem+json, not 500',
    async (path) => {
      const reply = await live.messaging.call('GET', path, null);

      expect([reply.status, reply.body.code]).toEqual([400, 'REQUEST.MALFORMED_PATH']);
      expect(reply.type).toContain('application/problem+json');
    },
  );

  test('when the caller reads Arabic, then 400, 403, 404 and 409 problems carry an Arabic detail', async () => {
    const { introductionId, advisor } = await anAcceptedIntroduction(live.world, live.messaging);
    const council = tokenFor('council-1', 'council');
    const call = (method: string, path: string, token: string, body?: unknown) =>
      live.messaging.call(method, path, token, body, ARABIC);

    const invalid = await call('POST', `/v1/introductions/${introductionId}/decline`, advisor, {
      reason: 'bored',
    });
    const forbidden = await call('GET', `/v1/threads/${introductionId}/messages`, council);
    const missing = await call('GET', '/v1/threads/no-such-thread', advisor);
    const decided = await call('POST', `/v1/introductions/${introductionId}/accept`, advisor, {});

    expect(
      [invalid, forbidden, missing, decided].map((reply) => [
        reply.status,
        reply.body.code,
        reply.body.detail,
      ]),
    ).toEqual([
      [400, 'REQUEST.INVALID', 'الطلب غير صالح.'],
      [403, 'THREAD.MESSAGES_PRIVATE', 'الرسائل خاصة بالطرفين فقط.'],
      [404, 'THREAD.NOT_FOUND', 'لا توجد محادثة كهذه.'],
      [409, 'INTRODUCTION.ALREADY_DECIDED', 'تم البتّ في هذا التعارف بالفعل.'],
    ]);
  });
});
