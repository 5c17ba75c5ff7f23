import type { Locale } from '@jisr/contracts';
import type { ResearchTable } from '../../domain/research/research-tables';
import { toCsv, type CsvCell } from '@jisr/http-kit';

const ALL = 'all';

/** The tables as one long CSV: a row per published entry, the margins as key or period `all`. */
export const researchCsv = (tables: readonly ResearchTable[], locale: Locale): string => {
  const lines: CsvCell[][] = [];
  for (const table of tables) {
    const line = (key: string, label: string, period: string, value: number | null): CsvCell[] => [
      table.measure,
      table.by,
      key,
      label,
      period,
      value,
      value === null,
    ];
    table.rows.forEach((key, r) => {
      const label = table.rowLabels[r]?.[locale] ?? key;
      table.columns.forEach((period, c) => lines.push(line(key, label, period, table.cells[r]![c]!)));
      lines.push(line(key, label, ALL, table.rowTotals[r]!));
    });
    table.columns.forEach((period, c) => lines.push(line(ALL, ALL, period, table.columnTotals[c]!)));
    lines.push(line(ALL, ALL, ALL, table.total));
  }
  return toCsv(['measure', 'dimension', 'key', 'label', 'period', 'startups', 'suppressed'], lines);
};
