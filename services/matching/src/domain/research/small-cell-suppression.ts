/** Fewer startups than this in a published count could single one out. */
export const MIN_STARTUPS_PER_CELL = 5;

/** A table of startups: `cells[row][column]` holds the ids counted there (each startup in one row). */
export interface StartupTable {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly cells: readonly (readonly ReadonlySet<string>[])[];
}

/** A published count, or null where it is withheld. Margins are sums of their line. */
export interface PublishedTable {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly cells: readonly (readonly (number | null)[])[];
  readonly rowTotals: readonly (number | null)[];
  readonly columnTotals: readonly (number | null)[];
  readonly total: number | null;
}

type Entry = readonly [row: number, column: number];

/**
 * The table with its margins as one (rows+1)×(columns+1) grid: the last row and column are the totals.
 * With the margins negated every line sums to zero, so a withheld entry can be worked out from the
 * published ones exactly when it is a bridge of the graph whose nodes are the lines and whose edges
 * are the withheld entries; an entry on a cycle can move up and down around it unseen.
 */
const isBridge = (withheld: readonly Entry[], at: number, rows: number): boolean => {
  const [row, column] = withheld[at]!;
  const others = withheld.filter((_, i) => i !== at);
  const seen = new Set<number>([row]);
  const queue = [row];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const [r, c] of others) {
      const next = node === r ? rows + c : node === rows + c ? r : -1;
      if (next >= 0 && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return !seen.has(rows + column);
};

/**
 * Withholds every count of fewer than MIN_STARTUPS_PER_CELL startups (margins included), then
 * withholds the cheapest further entries until no withheld count can be recovered from the row and
 * column totals (no withheld entry is a bridge: each lies on a cycle of withheld entries).
 */
export const suppressSmallCells = (table: StartupTable): PublishedTable => {
  const rows = table.rows.length;
  const columns = table.columns.length;
  const ids: ReadonlySet<string>[][] = table.cells.map((line) => [
    ...line,
    new Set(line.flatMap((c) => [...c])),
  ]);
  const totalsRow = Array.from(
    { length: columns + 1 },
    (_, c) => new Set(ids.flatMap((line) => [...line[c]!])),
  );
  ids.push(totalsRow);
  const value = (r: number, c: number): number =>
    r < rows && c < columns
      ? ids[r]![c]!.size
      : r < rows
        ? table.cells[r]!.reduce((sum, cell) => sum + cell.size, 0)
        : c < columns
          ? table.cells.reduce((sum, line) => sum + line[c]!.size, 0)
          : table.cells.reduce((sum, line) => sum + line.reduce((s, cell) => s + cell.size, 0), 0);
  const withheld = new Set<string>();
  for (let r = 0; r <= rows; r += 1)
    for (let c = 0; c <= columns; c += 1)
      if (ids[r]![c]!.size < MIN_STARTUPS_PER_CELL) withheld.add(`${r},${c}`);

  const entries = (): Entry[] => [...withheld].map((key) => key.split(',').map(Number) as unknown as Entry);
  for (;;) {
    const list = entries();
    const bridge = list.findIndex((_, at) => isBridge(list, at, rows + 1));
    if (bridge < 0) break;
    const [r, c] = list[bridge]!;
    let best: { cost: number; add: string[] } | null = null;
    for (let r2 = 0; r2 <= rows; r2 += 1) {
      for (let c2 = 0; c2 <= columns; c2 += 1) {
        if (r2 === r || c2 === c) continue;
        const add = [`${r},${c2}`, `${r2},${c}`, `${r2},${c2}`].filter((key) => !withheld.has(key));
        const cost = add.reduce(
          (sum, key) => sum + value(...(key.split(',').map(Number) as [number, number])),
          0,
        );
        if (best === null || cost < best.cost) best = { cost, add };
      }
    }
    if (best === null) {
      // No other row or column to hide it with (an empty table has only its totals): withhold all.
      for (let r2 = 0; r2 <= rows; r2 += 1)
        for (let c2 = 0; c2 <= columns; c2 += 1) withheld.add(`${r2},${c2}`);
      break;
    }
    for (const key of best.add) withheld.add(key);
  }

  const shown = (r: number, c: number): number | null => (withheld.has(`${r},${c}`) ? null : value(r, c));
  return {
    rows: table.rows,
    columns: table.columns,
    cells: table.rows.map((_, r) => table.columns.map((__, c) => shown(r, c))),
    rowTotals: table.rows.map((_, r) => shown(r, columns)),
    columnTotals: table.columns.map((_, c) => shown(rows, c)),
    total: shown(rows, columns),
  };
};
