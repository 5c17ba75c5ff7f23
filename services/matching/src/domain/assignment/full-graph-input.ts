import type { CohortGraph } from './cohort-graph';

/** A round as the full-graph solver sees it, after the pins. */
export interface FullGraphInput {
  readonly graph: CohortGraph;
  /** The graph rows the solver places (pinned startups are fixed before). */
  readonly rows: Int32Array;
  /** Places per column left after the pins. */
  readonly places: Int32Array;
  readonly matchBonus: number;
  readonly forbidden: ReadonlySet<number>;
}
