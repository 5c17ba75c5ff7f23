import { vi } from 'vitest';

export interface SentRequest {
  readonly method: string;
  readonly url: URL;
  readonly body: unknown;
}

type Answer = { readonly status?: number; readonly body: unknown };
/** One route of the stubbed BFF: method, a pattern on the path (and query), and its answer. */
export type StubRoute = readonly [string, RegExp, (request: SentRequest) => Answer | Promise<Answer>];

/**
 * The services behind the BFF as the browser sees them, route by route; records every request so a
 * test asserts what the page sent. An unknown route answers 404 problem+json, as the BFF would.
 */
export function stubApi(routes: readonly StubRoute[]): SentRequest[] {
  const sent: SentRequest[] = [];
  vi.stubGlobal('fetch', async (input: Request | string, init: RequestInit = {}) => {
    const request =
      input instanceof Request ? input : new Request(new URL(input, window.location.origin), init);
    const text = await request.text();
    const call = {
      method: request.method,
      url: new URL(request.url),
      body: text === '' ? undefined : JSON.parse(text),
    };
    sent.push(call);
    const route = routes.find(
      ([method, path]) => method === call.method && path.test(call.url.pathname + call.url.search),
    );
    const answer =
      route === undefined
        ? { status: 404, body: { code: 'HTTP.NOT_FOUND', detail: 'No route', errors: [] } }
        : await route[2](call);
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: {
        'content-type':
          answer.status !== undefined && answer.status >= 400
            ? 'application/problem+json'
            : 'application/json',
      },
    });
  });
  return sent;
}
