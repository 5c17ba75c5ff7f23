import type { Route } from '@jisr/http-kit';
import { accountLifecycleRoutes } from './account-lifecycle.router';
import { accountRoutes } from './accounts.router';
import { advisorRoutes } from './advisors.router';
import { approvalRoutes } from './approvals.router';
import type { ApiDeps } from './api-deps';
import { auditRoutes } from './audit.router';
import { councilRoutes } from './council.router';
import { milestoneRoutes } from './milestones.router';
import { outcomeRoutes } from './outcomes.router';
import { programmeRoutes } from './programmes.router';
import { sectorRoutes } from './sectors.router';
import { sessionRoutes } from './sessions.router';
import { staffRoutes } from './staff.router';
import { startupRoutes } from './startups.router';
import { trainingRoutes } from './training.router';
import { certificateRoutes } from './certificates.router';

/** Every /v1 route of profile, mounted and documented from the same list. */
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
