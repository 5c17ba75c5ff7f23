/** One row of `npm outdated --json`: a package name maps to one entry, or to a list when several workspaces depend on it. */
export interface OutdatedEntry {
  readonly current?: string;
  readonly wanted: string;
  readonly latest: string;
  readonly dependent: string;
}
export type NpmOutdated = Record<string, OutdatedEntry | readonly OutdatedEntry[]>;

/** How far behind `latest` the installed version is; the order of this list is the report's order. */
export const UPGRADE_KINDS = ['major', 'minor', 'patch', 'missing', 'none'] as const;
export type UpgradeKind = (typeof UPGRADE_KINDS)[number];

export interface OutdatedRow {
  readonly name: string;
  readonly current: string;
  readonly wanted: string;
  readonly latest: string;
  readonly kind: UpgradeKind;
  readonly dependents: readonly string[];
}

const parts = (version: string): [number, number, number] | null => {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
};

/**
 * The kind of step from `current` to `latest`. A 0.x package breaks on a minor step (semver's rule for
 * initial development), so that step counts as major; a version ahead of `latest` needs nothing.
 */
export function upgradeKind(current: string | undefined, latest: string): UpgradeKind {
  if (current === undefined) return 'missing';
  const from = parts(current);
  const to = parts(latest);
  if (from === null || to === null) return 'none';
  const [fromMajor, fromMinor, fromPatch] = from;
  const [toMajor, toMinor, toPatch] = to;
  if (toMajor !== fromMajor) return toMajor > fromMajor ? 'major' : 'none';
  if (toMinor !== fromMinor) return toMinor < fromMinor ? 'none' : fromMajor === 0 ? 'major' : 'minor';
  return toPatch > fromPatch ? (fromMajor === 0 && fromMinor === 0 ? 'major' : 'patch') : 'none';
}

/**
 * Rows for every outdated direct dependency: majors first, then minors, patches and packages not
 * installed; by name within a kind. Packages already at (or ahead of) `latest` are left out.
 */
export function outdatedReport(outdated: NpmOutdated): OutdatedRow[] {
  const rows = Object.entries(outdated).map(([name, value]): OutdatedRow => {
    const entries: readonly OutdatedEntry[] = Array.isArray(value) ? value : [value as OutdatedEntry];
    const first = entries[0]!;
    return {
      name,
      current: first.current ?? '-',
      wanted: first.wanted,
      latest: first.latest,
      kind: upgradeKind(first.current, first.latest),
      dependents: [...new Set(entries.map((entry) => entry.dependent))].sort(),
    };
  });
  const rank = (row: OutdatedRow) => UPGRADE_KINDS.indexOf(row.kind);
  return rows
    .filter((row) => row.kind !== 'none')
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** A plain-text table, one package a line. */
export function formatReport(rows: readonly OutdatedRow[]): string {
  if (rows.length === 0) return 'All direct dependencies are on their latest version.';
  const table = [
    ['package', 'current', 'wanted', 'latest', 'kind', 'used by'],
    ...rows.map((row) => [
      row.name,
      row.current,
      row.wanted,
      row.latest,
      row.kind,
      row.dependents.join(', '),
    ]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
  return table
    .map((line) =>
      line
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
