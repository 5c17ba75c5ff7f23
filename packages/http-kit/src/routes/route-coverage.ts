import type { Express } from 'express';
import type { JsonSchema } from './openapi';

interface Layer {
  readonly name?: string;
  readonly route?: { readonly path: unknown; readonly methods: Record<string, boolean> };
  readonly handle?: { readonly stack?: readonly Layer[] };
}

/** Routes the platform serves itself (probes and the API description), outside any service's contract. */
const PLATFORM_PATHS = new Set(['/healthz', '/readyz', '/v1/openapi.json', '/v1/docs']);

/**
 * Every `METHOD /path` an express app has mounted, walking its router stack (routers mounted at the
 * root, as createHttpApp does). Tests compare it with the OpenAPI document.
 */
export function routesOf(app: Express): string[] {
  const found: string[] = [];
  const walk = (stack: readonly Layer[]): void => {
    for (const layer of stack) {
      if (layer.route !== undefined && typeof layer.route.path === 'string') {
        const path = layer.route.path;
        if (PLATFORM_PATHS.has(path)) continue;
        for (const [method, on] of Object.entries(layer.route.methods))
          if (on && method !== '_all') found.push(`${method.toUpperCase()} ${path}`);
      } else if (layer.handle?.stack !== undefined) walk(layer.handle.stack);
    }
  };
  // Express types its layers loosely; the walk reads only what the Layer interface above names.
  walk((app.router as unknown as { stack: readonly Layer[] }).stack);
  return found.sort();
}

/** Every `METHOD /path` an OpenAPI document describes, in express syntax (`{id}` → `:id`). */
export function documentedPaths(document: JsonSchema): string[] {
  const paths = (document.paths ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(paths)
    .flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    )
    .sort();
}
