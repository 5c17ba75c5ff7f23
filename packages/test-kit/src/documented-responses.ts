import { z } from 'zod';

type Json = Record<string, unknown>;

export interface ObservedResponse {
  readonly method: string;
  /** The request path, query string allowed. */
  readonly path: string;
  readonly status: number;
  readonly contentType: string;
  readonly body: unknown;
}

// Served by the platform for every service, outside each service's contract.
const PLATFORM_PATHS = new Set(['/healthz', '/readyz', '/v1/openapi.json', '/v1/docs']);

const templateOf = (document: Json, path: string): string | undefined =>
  Object.keys((document.paths ?? {}) as Json).find((template) =>
    new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`).test(path),
  );

/** `#/components/schemas/X` references inlined, so the schema stands alone. */
const resolved = (document: Json, schema: unknown): unknown => {
  if (Array.isArray(schema)) return schema.map((item) => resolved(document, item));
  if (typeof schema !== 'object' || schema === null) return schema;
  const ref = (schema as Json).$ref;
  if (typeof ref === 'string') {
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((at, key) => (at as Json)[key], document);
    return resolved(document, target);
  }
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, resolved(document, value)]));
};

/**
 * What is wrong with a real response measured against the service's OpenAPI document, or null when
 * it is what the document promises: the route and status are documented, the content type matches,
 * and a JSON body parses with the documented schema.
 */
export function undocumentedResponse(document: Json, response: ObservedResponse): string | null {
  const path = response.path.split('?')[0] ?? '';
  const method = response.method.toLowerCase();
  const at = `${response.method} ${path} → ${response.status}`;
  if (PLATFORM_PATHS.has(path)) return null;
  const template = templateOf(document, path);
  const operation = template === undefined ? undefined : ((document.paths as Json)[template] as Json)[method];
  // Unknown routes answer the platform's 404 (or a 400 for an undecodable path); nothing to document.
  if (operation === undefined)
    return response.status === 404 || response.status === 400 ? null : `${at}: route not documented`;
  const answer = ((operation as Json).responses as Json)[String(response.status)] as Json | undefined;
  if (answer === undefined) return `${at}: status not documented`;
  const content = (answer.content ?? {}) as Record<string, Json>;
  const type = response.contentType.split(';')[0]?.trim() ?? '';
  if (Object.keys(content).length === 0) return null;
  const media = content[type];
  if (media === undefined)
    return `${at}: content type ${type} not documented (${Object.keys(content).join(', ')})`;
  if (!type.includes('json')) return null;
  const schema = z.fromJSONSchema(resolved(document, media.schema) as Parameters<typeof z.fromJSONSchema>[0]);
  const parsed = schema.safeParse(response.body);
  return parsed.success ? null : `${at}: body does not match the documented schema: ${parsed.error.message}`;
}

/**
 * A check for a component-test client: fetches `/v1/openapi.json` once per base URL and throws when
 * a response does not match it, so every component test also tests the API description.
 */
export function documentedResponses(): (baseUrl: string, response: ObservedResponse) => Promise<void> {
  const documents = new Map<string, Promise<Json>>();
  return async (baseUrl, response) => {
    let document = documents.get(baseUrl);
    if (document === undefined) {
      document = fetch(`${baseUrl}/v1/openapi.json`).then(async (res) => (await res.json()) as Json);
      documents.set(baseUrl, document);
    }
    const problem = undocumentedResponse(await document, response);
    if (problem !== null)
      throw new Error(`The OpenAPI document does not describe a real response: ${problem}`);
  };
}
