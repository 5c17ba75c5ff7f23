import { vi } from 'vitest';

/** A call the app made through the BFF: method, path, query and the JSON body it sent. */
export interface Call {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
}

type Answer = ((call: Call) => unknown) | Readonly<Record<string, unknown>>;

/**
 * Stubs the browser's fetch with answers by `METHOD /path` (the BFF's paths, query ignored), and
 * records every call, so a test asserts what the page asked for as the services would see it.
 */
export function serveApi(answers: Readonly<Record<string, Answer>>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost'), init) : input;
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const call: Call = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      body: text === '' ? undefined : JSON.parse(text),
    };
    calls.push(call);
    const answer = answers[`${request.method} ${url.pathname}`];
    if (answer === undefined)
      return Response.json({ code: 'TEST.UNSERVED', detail: url.pathname, status: 404 }, { status: 404 });
    return Response.json(typeof answer === 'function' ? (answer as (c: Call) => unknown)(call) : answer);
  });
  return calls;
}
