import type { RequestHandler, Router } from 'express';
import type { MatchingRuntime } from '../../matching-runtime';
import { registerCohortRoundRoutes } from './cohort-rounds.router';
import { registerIntroductionRoutes } from './introductions.router';
import { registerPipelineRoutes } from './pipeline.router';
import { registerRecommendationRoutes } from './recommendations.router';

/** Every /v1 route; `running()` answers 503 until the service has started. */
export const registerRoutes = (
  router: Router,
  auth: RequestHandler,
  running: () => MatchingRuntime,
): void => {
  registerRecommendationRoutes(
    router,
    auth,
    () => running().matcher,
    () => running().recommendAdvisors,
  );
  registerIntroductionRoutes(router, auth, running);
  registerCohortRoundRoutes(router, auth, () => running().rounds);
  registerPipelineRoutes(router, auth, () => running().pipeline);
};
