import { forbidden, notFound, visibleOrMissing, type AppError } from '@jisr/errors';
import { mayAct, type Principal } from '@jisr/auth';
import type { ReportScope } from './report-scope';

/** Who may open the impact reports at all; a coordinator's scope is checked per report. */
export const REPORT_READERS = ['programme-manager', 'observer', 'centre-coordinator'] as const;

export const reportNotFound = (): AppError =>
  notFound('MATCHING.REPORT_NOT_FOUND', 'No programme, cohort or centre with this id has a report.');

/**
 * Programme managers and observers read every report; a centre coordinator only the reports of
 * the centres they serve (a cohort or programme mixes centres, so theirs is not enough: 403, a
 * rule of their role). Another centre's report answers as a missing one.
 */
export const assertMayReadReport = (
  reader: Pick<Principal, 'role' | 'staffRoles' | 'centreIds'>,
  scope: ReportScope,
): void => {
  if (mayAct(reader, ['programme-manager', 'observer'])) return;
  if (scope.kind !== 'centre') {
    throw forbidden(
      'MATCHING.REPORT_FORBIDDEN',
      'A centre coordinator reads the reports of their own centres only.',
    );
  }
  visibleOrMissing((reader.centreIds ?? []).includes(scope.id), reportNotFound);
};
