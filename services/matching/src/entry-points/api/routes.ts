import type { Route } from '@jisr/http-kit';
import type { MatchingRuntime } from '../../runtime';
import { approvalRoutes } from './approvals.router';
import { cohortRoundRoutes } from './cohort-rounds.router';
import { roundRunRoutes } from './round-runs.router';
import { councilPreviewRoutes } from './council-previews.router';
import { introductionRoutes } from './introductions.router';
import { pipelineRoutes } from './pipeline.router';
import { recommendationRoutes } from './recommendations.router';
import { reportRoutes } from './reports.router';
import { researchExportRoutes } from './research-export.router';

export const MATCHING_API = {
  title: 'Jisr matching service',
  version: '0.1.0',
  description: 'Recommendations with reasons, introduction requests, cohort rounds and the council pipeline.',
};

/** Every /v1 route; `running()` answers 503 until the service has started. */
export const matchingRoutes = (running: () => MatchingRuntime): Route[] => {
  const context = () => running().ctx;
  return [
    ...recommendationRoutes(context),
    ...introductionRoutes(context),
    ...roundRunRoutes(() => running().roundRuns),
    ...cohortRoundRoutes(context),
    ...pipelineRoutes(context),
    ...reportRoutes(context),
    ...researchExportRoutes(context),
    ...councilPreviewRoutes(context),
    ...approvalRoutes(context),
  ];
};
