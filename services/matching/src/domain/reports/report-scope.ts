import type { LocalizedText } from '@jisr/contracts';
import type { StartupProgress } from '../progress/startup-progress';
import type { ProgrammeRecord, StartupRecord } from '../read-model/profile-records';

export const REPORT_SCOPES = ['programme', 'cohort', 'centre'] as const;
export type ReportScopeKind = (typeof REPORT_SCOPES)[number];

export interface ReportScope {
  readonly kind: ReportScopeKind;
  readonly id: string;
}

const field = { programme: 'programmeId', cohort: 'cohortId', centre: 'centreId' } as const;

/** A startup is in scope when its profile places it there or its programme progress does. */
export const startupsInScope = (
  scope: ReportScope,
  startups: readonly StartupRecord[],
  progress: readonly StartupProgress[],
): Set<string> => {
  const key = field[scope.kind];
  const ids = new Set<string>();
  for (const s of startups) if (!s.erased && s.profile !== null && s.profile[key] === scope.id) ids.add(s.id);
  for (const p of progress) if (p[key] === scope.id) ids.add(p.startupId);
  // An erased startup leaves every report, whatever its progress said.
  for (const s of startups) if (s.erased) ids.delete(s.id);
  return ids;
};

/** The scope's name, when the read model knows it; null when the scope is unknown (a 404). */
export const scopeLabel = (
  scope: ReportScope,
  programmes: readonly ProgrammeRecord[],
  inScope: ReadonlySet<string>,
): { label: LocalizedText | null } | null => {
  switch (scope.kind) {
    case 'programme': {
      const name = programmes.find((p) => p.id === scope.id)?.details?.name;
      return name === undefined ? null : { label: name };
    }
    case 'cohort': {
      const cohort = programmes.flatMap((p) => p.details?.cohorts ?? []).find((c) => c.cohortId === scope.id);
      return cohort === undefined ? null : { label: { ar: cohort.name, tr: cohort.name, en: cohort.name } };
    }
    case 'centre':
      // Centres are named in profile; matching knows one by the startups placed in it.
      return inScope.size === 0 ? null : { label: null };
  }
};
