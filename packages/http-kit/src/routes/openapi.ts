import { z } from 'zod';
import type { Route } from './route';

export type JsonSchema = Record<string, unknown>;

/** zod 4's own JSON Schema output (draft 2020-12, which OpenAPI 3.1 uses); refinements it cannot express are left out. */
const jsonSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
};

const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().describe('In the language asked for with Accept-Language (ar, tr, en)'),
  code: z.string().describe('Stable code, e.g. PROFILE.NOT_FOUND'),
  correlationId: z.string(),
  errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
});

const parametersOf = (schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] => {
  if (schema === undefined) return [];
  const object = jsonSchema(schema, 'input');
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }));
};

const responsesOf = (route: Route): Record<string, JsonSchema> =>
  Object.fromEntries(
    Object.entries(route.responses).map(([status, spec]) => {
      const content =
        spec.schema !== undefined
          ? { [spec.contentType ?? 'application/json']: { schema: jsonSchema(spec.schema, 'output') } }
          : Number(status) >= 400
            ? { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }
            : undefined;
      return [status, { description: spec.description, ...(content === undefined ? {} : { content }) }];
    }),
  );

const operationOf = (route: Route): JsonSchema => ({
  operationId: `${route.method}${route.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
  tags: [route.tag],
  summary: route.summary,
  security: route.access === 'public' ? [] : [{ bearerAuth: [] }],
  ...(Array.isArray(route.access) ? { 'x-roles': route.access } : {}),
  parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
  ...(route.body === undefined
    ? {}
    : {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
        },
      }),
  responses: responsesOf(route),
});

export interface ApiDescription {
  /** e.g. `Jisr matching service`. */
  readonly title: string;
  readonly version: string;
  readonly description: string;
}

/** The OpenAPI 3.1 document of `routes`, generated from the very schemas the mount parses with. */
export function openApiDocument(
  routes: readonly Route[],
  { title, version, description }: ApiDescription,
): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method]: operationOf(route) };
  }
  return {
    openapi: '3.1.0',
    info: { title, version, description },
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: jsonSchema(problemSchema, 'output') },
    },
  };
}
