import type { TokenVerifier } from '@jisr/auth';
import type { Router } from 'express';
import { accountRoutes } from './accounts.router';
import { advisorRoutes } from './advisors.router';
import type { ApiDeps } from './api-deps';
import { councilRoutes } from './council.router';
import { docsPage } from './docs-page';
import { mountRoutes } from './mount-routes';
import { openApiDocument } from './openapi';
import { localizeProblems } from './problem-messages';
import { programmeRoutes } from './programmes.router';
import type { Route } from './route';
import { sessionRoutes } from './sessions.router';
import { startupRoutes } from './startups.router';

export const profileRoutes = (deps: ApiDeps): Route[] => [
  ...accountRoutes(deps),
  ...sessionRoutes(deps),
  ...startupRoutes(deps),
  ...advisorRoutes(deps),
  ...programmeRoutes(deps),
  ...councilRoutes(deps),
];

/** Every route of the service, its OpenAPI document and docs page, and localised problem details. */
export function mountProfileApi(router: Router, deps: ApiDeps, verifier: TokenVerifier): void {
  const routes = profileRoutes(deps);
  const document = openApiDocument(routes, '0.1.0');
  const html = docsPage(document);
  mountRoutes(router, routes, verifier);
  router.get('/v1/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.get('/v1/docs', (_req, res) => {
    res.type('html').send(html);
  });
  router.use(localizeProblems);
}
