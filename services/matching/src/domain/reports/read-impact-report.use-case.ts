import type { Principal } from '@jisr/auth';
import type { MatchingContext } from '../matching-context';
import { pipelineSnapshot } from '../pipeline/pipeline-queries.use-case';
import { impactReport, type ImpactReport } from './impact-report';
import { assertMayReadReport, reportNotFound } from './report-readers';
import type { ReportScope } from './report-scope';

/** The report of a programme, cohort or centre, for a reader allowed to see that scope's report. */
export async function readImpactReport(
  ctx: MatchingContext,
  reader: Pick<Principal, 'role' | 'staffRoles' | 'centreIds'>,
  scope: ReportScope,
): Promise<ImpactReport> {
  assertMayReadReport(reader, scope);
  const report = await ctx.views.remember(`report:${scope.kind}:${scope.id}`, async () =>
    impactReport(await pipelineSnapshot(ctx), scope),
  );
  if (report === null) throw reportNotFound();
  return report;
}
