import { z } from 'zod';
import { CliError } from '../cli-error';

export const SERVICES = ['profile', 'matching', 'messaging'] as const;
export type ServiceName = (typeof SERVICES)[number];
export type ServiceUrls = Readonly<Record<ServiceName, string>>;

export interface CallOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  readonly token?: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly lang?: string;
  /** More request headers, e.g. `prefer: respond-async`. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A service's answer that is not 2xx, as problem+json says it. */
export class ApiError extends CliError {
  constructor(
    message: string,
    code: string | null,
    status: number,
    readonly errors: readonly { path: string; message: string }[],
  ) {
    super(message, 1, code, status);
    this.name = 'ApiError';
  }
}

const problemSchema = z.looseObject({
  title: z.string().optional(),
  detail: z.string().optional(),
  code: z.string().optional(),
  errors: z.array(z.looseObject({ path: z.string(), message: z.string() })).optional(),
});

/** One line: the service's sentence, the first field problems, and the stable code in brackets. */
function problemOf(status: number, payload: unknown): ApiError {
  const parsed = problemSchema.safeParse(payload);
  const problem = parsed.success ? parsed.data : {};
  const fields = (problem.errors ?? []).slice(0, 3).map((issue) => `${issue.path} ${issue.message}`);
  const sentence = problem.detail ?? problem.title ?? `HTTP ${status}`;
  const message = [sentence, ...(fields.length > 0 ? [`(${fields.join('; ')})`] : [])].join(' ');
  const code = problem.code ?? null;
  return new ApiError(code === null ? message : `${message} [${code}]`, code, status, problem.errors ?? []);
}

const urlFor = (base: string, path: string, query: CallOptions['query']): string => {
  const url = new URL(path, base);
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined) url.searchParams.set(key, String(value));
  return url.toString();
};

export interface ApiClient {
  readonly urls: ServiceUrls;
  call(service: ServiceName, path: string, options?: CallOptions): Promise<unknown>;
}

/** A thin JSON client for the three services; it knows their URLs and nothing of their code. */
export function createApiClient(urls: ServiceUrls, fetchImpl: typeof fetch = fetch): ApiClient {
  return {
    urls,
    call: async (service, path, options = {}) => {
      const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
      if (options.lang !== undefined) headers['accept-language'] = options.lang;
      let response: Response;
      try {
        response = await fetchImpl(urlFor(urls[service], path, options.query), {
          method: options.method ?? 'GET',
          headers,
          ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        });
      } catch {
        throw new CliError(
          `Cannot reach the ${service} service at ${urls[service]}; is Jisr running (npm start)?`,
          1,
          'CLI.UNREACHABLE',
        );
      }
      const text = await response.text();
      let payload: unknown;
      try {
        payload = text === '' ? undefined : JSON.parse(text);
      } catch {
        payload = text;
      }
      if (!response.ok) throw problemOf(response.status, payload);
      return payload;
    },
  };
}
