// Terminal columns a string takes: combining marks (Arabic harakat, Turkish dotted-i marks) and
// format characters take none, so Arabic names line up with Latin ones.
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/gu;

export const displayWidth = (text: string): number => [...text.replace(ZERO_WIDTH, '')].length;

const padEnd = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Clips to `max` columns with an ellipsis, so one long note does not wrap the whole table. */
export const clip = (text: string, max: number): string => {
  if (displayWidth(text) <= max) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > max - 1) break;
    out += char;
  }
  return `${out}…`;
};

export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | null | undefined;
  readonly max?: number;
  readonly align?: 'left' | 'right';
}

/** A plain-text table: a header, a rule, one line per row; an empty list says so instead. */
export function table<T>(rows: readonly T[], columns: readonly Column<T>[], empty: string): string {
  if (rows.length === 0) return empty;
  const cells = rows.map((row) =>
    columns.map((column) => clip(String(column.value(row) ?? '–'), column.max ?? 60)),
  );
  const widths = columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...cells.map((line) => displayWidth(line[i] ?? ''))),
  );
  const render = (line: readonly string[]): string =>
    line
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        return columns[i]?.align === 'right'
          ? ' '.repeat(Math.max(0, width - displayWidth(cell))) + cell
          : padEnd(cell, width);
      })
      .join('  ')
      .trimEnd();
  const header = render(columns.map((column) => column.header));
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [header, rule, ...cells.map(render)].join('\n');
}
