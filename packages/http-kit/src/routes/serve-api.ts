import type { Router } from 'express';
import { docsPage } from './docs-page';
import { mountRoutes, type MountOptions } from './mount-routes';
import { openApiDocument, type ApiDescription, type JsonSchema } from './openapi';
import type { Route } from './route';

/**
 * Mounts a service's routes and serves their OpenAPI 3.1 document at `/v1/openapi.json` and a
 * script-free reference page at `/v1/docs` (it works under helmet's default CSP). Returns the document.
 */
export function serveApi(
  router: Router,
  routes: readonly Route[],
  options: MountOptions & { readonly api: ApiDescription },
): JsonSchema {
  const document = openApiDocument(routes, options.api);
  const html = docsPage(document);
  mountRoutes(router, routes, options);
  router.get('/v1/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.get('/v1/docs', (_req, res) => {
    res.type('html').send(html);
  });
  return document;
}
