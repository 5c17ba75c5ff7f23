/**
 * A round as the full-graph solver sees it, after the pins: plain typed arrays only, so it can be
 * handed to a worker thread as it is.
 */
export interface FullGraphInput {
  /** The graph's scores, row-major over `places.length` columns, in hundredths; 0 = never matched. */
  readonly scores: Uint16Array;
  /** The graph rows the solver places (pinned startups are fixed before). */
  readonly rows: Int32Array;
  /** Places per column left after the pins. */
  readonly places: Int32Array;
  readonly matchBonus: number;
  /** Forbidden pairs as `row * columns + column`. */
  readonly forbidden: ReadonlySet<number>;
}
