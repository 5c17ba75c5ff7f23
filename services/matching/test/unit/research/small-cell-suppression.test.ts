import fc from 'fast-check';
import {
  MIN_STARTUPS_PER_CELL,
  suppressSmallCells,
  type PublishedTable,
  type StartupTable,
} from '../../../src/domain/research/small-cell-suppression';

/** A table as the research export builds one: each startup in one row, active in some columns. */
const aStartupTable = fc
  .record({
    rows: fc.integer({ min: 1, max: 5 }),
    columns: fc.integer({ min: 1, max: 4 }),
    startups: fc.array(
      fc.record({ row: fc.nat(), active: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }) }),
      {
        maxLength: 60,
      },
    ),
  })
  .map(({ rows, columns, startups }): StartupTable => {
    const cells = Array.from({ length: rows }, () =>
      Array.from({ length: columns }, () => new Set<string>()),
    );
    startups.forEach((startup, id) =>
      startup.active.slice(0, columns).forEach((on, c) => {
        if (on) cells[startup.row % rows]![c]!.add(`s${id}`);
      }),
    );
    return { rows: cells.map((_, r) => `r${r}`), columns: cells[0]!.map((_, c) => `q${c}`), cells };
  });

/** Every published entry of the grid with its margins: [row, column, value, startups counted]. */
const gridOf = (table: StartupTable, published: PublishedTable) => {
  const R = table.rows.length;
  const C = table.columns.length;
  const union = (sets: readonly ReadonlySet<string>[]) => new Set(sets.flatMap((s) => [...s])).size;
  const size = (r: number, c: number): number =>
    r < R && c < C
      ? table.cells[r]![c]!.size
      : r < R
        ? table.cells[r]!.reduce((s, cell) => s + cell.size, 0)
        : c < C
          ? table.cells.reduce((s, line) => s + line[c]!.size, 0)
          : table.cells.flat().reduce((s, cell) => s + cell.size, 0);
  const startups = (r: number, c: number): number =>
    union(
      table.cells
        .filter((_, row) => r === R || row === r)
        .flatMap((line) => line.filter((_, column) => c === C || column === c)),
    );
  const shown = (r: number, c: number): number | null =>
    r < R && c < C
      ? published.cells[r]![c]!
      : r < R
        ? published.rowTotals[r]!
        : c < C
          ? published.columnTotals[c]!
          : published.total;
  const entries = [];
  for (let r = 0; r <= R; r += 1)
    for (let c = 0; c <= C; c += 1)
      entries.push({ r, c, truth: size(r, c), startups: startups(r, c), shown: shown(r, c) });
  return { R, C, entries };
};

/** Rank of a matrix by Gaussian elimination (coefficients are small integers). */
const rank = (matrix: number[][]): number => {
  const m = matrix.map((row) => [...row]);
  let rank = 0;
  for (let col = 0; col < (m[0]?.length ?? 0) && rank < m.length; col += 1) {
    const pivot = m.findIndex((row, i) => i >= rank && Math.abs(row[col]!) > 1e-9);
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot]!, m[rank]!];
    for (let i = 0; i < m.length; i += 1) {
      if (i === rank) continue;
      const factor = m[i]![col]! / m[rank]![col]!;
      m[i] = m[i]!.map((v, j) => v - factor * m[rank]![j]!);
    }
    rank += 1;
  }
  return rank;
};

describe('small-cell suppression of the research export', () => {
  test('when any table is published, then no shown count covers fewer than 5 startups and every shown count is true', () => {
    fc.assert(
      fc.property(aStartupTable, (table) => {
        const { entries } = gridOf(table, suppressSmallCells(table));
        for (const entry of entries) {
          if (entry.shown === null) continue;
          expect(entry.startups).toBeGreaterThanOrEqual(MIN_STARTUPS_PER_CELL);
          expect(entry.shown).toBe(entry.truth);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('when any table is published, then no withheld count follows from the shown counts and the row and column totals', () => {
    fc.assert(
      fc.property(aStartupTable, (table) => {
        const { R, C, entries } = gridOf(table, suppressSmallCells(table));
        const hidden = entries.filter((e) => e.shown === null);
        // One equation per line of the grid: its cells sum to its total. Unknowns are the withheld entries.
        const lines = [
          ...Array.from({ length: R + 1 }, (_, r) => (e: { r: number }) => e.r === r),
          ...Array.from({ length: C + 1 }, (_, c) => (e: { c: number }) => e.c === c),
        ];
        const coefficient = (e: { r: number; c: number }, line: number): number => {
          const inLine = lines[line]!(e as never);
          if (!inLine) return 0;
          const isTotal = line < R + 1 ? e.c === C : e.r === R;
          return isTotal ? -1 : 1;
        };
        const system = lines.map((_, line) => hidden.map((e) => coefficient(e, line)));
        const base = rank(system);
        hidden.forEach((_, k) => {
          const unit = hidden.map((__, j) => (j === k ? 1 : 0));
          // Determined exactly when its unit vector lies in the row space of the equations.
          expect(rank([...system, unit])).toBe(base + 1);
        });
      }),
      { numRuns: 300 },
    );
  });

  test('when every count is large, then nothing is withheld', () => {
    const big = (prefix: string) => new Set(Array.from({ length: 6 }, (_, i) => `${prefix}${i}`));
    const table: StartupTable = { rows: ['a', 'b'], columns: ['q1'], cells: [[big('a')], [big('b')]] };

    expect(suppressSmallCells(table)).toEqual({
      rows: ['a', 'b'],
      columns: ['q1'],
      cells: [[6], [6]],
      rowTotals: [6, 6],
      columnTotals: [12],
      total: 12,
    });
  });

  test('when a table has no rows or no columns (no data yet), then it is published with everything withheld, not an error', () => {
    for (const table of [
      { rows: [], columns: [], cells: [] },
      { rows: ['a'], columns: [], cells: [[]] },
      { rows: [], columns: ['q1'], cells: [] },
    ] satisfies StartupTable[]) {
      const published = suppressSmallCells(table);

      expect(published.total).toBeNull();
      expect([...published.rowTotals, ...published.columnTotals].every((count) => count === null)).toBe(true);
    }
  });
});
