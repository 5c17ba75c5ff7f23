import { documentedResponses } from './documented-responses';

/** What a component test reads of an answer. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each assertion states what it expects of the body
export interface Reply<T = any> {
  readonly status: number;
  /** The content type, '' when there is none. */
  readonly type: string;
  readonly headers: Headers;
  readonly text: string;
  /** Parsed JSON; the text for calendars, streams and HTML; null for an empty body. */
  readonly body: T;
}

export interface CallOptions {
  readonly token?: string | null;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as-is with a JSON content type (malformed bodies). */
  readonly raw?: string;
  readonly headers?: Record<string, string>;
}

export interface HttpClient {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see Reply
  request<T = any>(method: string, path: string, options?: CallOptions): Promise<Reply<T>>;
}

/**
 * Calls a service over real HTTP, as a client would. Every answer is also checked against the
 * service's own OpenAPI document, so a component test fails on an undocumented response.
 */
// One cache of OpenAPI documents by base URL for the whole test file.
const matchesDocument = documentedResponses();

export function httpClient(baseUrl: string | (() => string)): HttpClient {
  const base = typeof baseUrl === 'string' ? () => baseUrl : baseUrl;
  return {
    request: async (method, path, { token, body, raw, headers: extra } = {}) => {
      const headers: Record<string, string> = { ...extra };
      if (token !== undefined && token !== null) headers.authorization = `Bearer ${token}`;
      const payload = raw ?? (body === undefined ? undefined : JSON.stringify(body));
      if (payload !== undefined) headers['content-type'] = 'application/json';
      const send = () =>
        fetch(`${base()}${path}`, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
      // A kept-alive socket the server closes after its idle timeout (5 s, as long as a slow assertion
      // between two calls) resets the next request on it; a read is safe to send once more.
      const response = await send().catch((error: unknown) => {
        if (method !== 'GET' || !String((error as Error).cause).includes('ECONNRESET')) throw error;
        return send();
      });
      const type = response.headers.get('content-type') ?? '';
      const text = await response.text();
      const parsed: unknown = text === '' ? null : type.includes('json') ? JSON.parse(text) : text;
      await matchesDocument(base(), {
        method,
        path,
        status: response.status,
        contentType: type,
        body: parsed,
      });
      return { status: response.status, type, headers: response.headers, text, body: parsed as never };
    },
  };
}
