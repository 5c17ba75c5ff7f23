import { authenticate, type TokenVerifier } from '@jisr/auth';
import { localizeProblems, serveApi, type Route } from '@jisr/http-kit';
import type { Router } from 'express';
import { accountLifecycleRoutes } from './account-lifecycle.router';
import { accountRoutes } from './accounts.router';
import { advisorRoutes } from './advisors.router';
import { approvalRoutes } from './approvals.router';
import type { ApiDeps } from './api-deps';
import { auditRoutes } from './audit.router';
import { councilRoutes } from './council.router';
import { PASSWORD_FEEDBACK } from './password-feedback-messages';
import { PROFILE_ERRORS, retryAfterWhenBusy } from './problem-messages';
import { milestoneRoutes } from './milestones.router';
import { outcomeRoutes } from './outcomes.router';
import { programmeRoutes } from './programmes.router';
import { PROGRESS_FIELD_MESSAGES } from './progress-messages';
import { sectorRoutes } from './sectors.router';
import { sessionRoutes } from './sessions.router';
import { staffRoutes } from './staff.router';
import { startupRoutes } from './startups.router';
import { trainingRoutes } from './training.router';
import { certificateRoutes } from './certificates.router';

export const profileRoutes = (deps: ApiDeps): Route[] => [
  ...accountRoutes(deps),
  ...accountLifecycleRoutes(deps),
  ...sessionRoutes(deps),
  ...startupRoutes(deps),
  ...advisorRoutes(deps),
  ...programmeRoutes(deps),
  ...milestoneRoutes(deps),
  ...outcomeRoutes(deps),
  ...councilRoutes(deps),
  ...sectorRoutes(),
  ...trainingRoutes(deps),
  ...certificateRoutes(deps),
  ...staffRoutes(deps),
  ...auditRoutes(deps),
  ...approvalRoutes(deps),
];

export const PROFILE_API = {
  title: 'Jisr profile service',
  version: '0.1.0',
  description: 'Accounts, sessions and signing keys; startup and advisor profiles; council governance.',
};

/** Every route of the service, its OpenAPI document and docs page, and localised problem details. */
export function mountProfileApi(router: Router, deps: ApiDeps, verifier: TokenVerifier): void {
  serveApi(router, profileRoutes(deps), { authenticate: authenticate(verifier), api: PROFILE_API });
  router.use(
    retryAfterWhenBusy,
    localizeProblems(PROFILE_ERRORS, { ...PASSWORD_FEEDBACK, ...PROGRESS_FIELD_MESSAGES }),
  );
}
