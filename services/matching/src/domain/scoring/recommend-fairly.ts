import type { AdvisorIndex } from './advisor-index';
import type { ExposureLedger } from './exposure-ledger';
import type { TopKQuery } from './scan-top-k';
import type { ExplainedPair, MatchableStartup, Weights } from './scoring-types';

/**
 * A startup's explained top list under fair exposure: advisors already shown to as many startups
 * as their free capacity allows are passed over for the next best, and the list shown is recorded
 * in the ledger. `now` is epoch milliseconds.
 */
export function recommendFairly(
  index: AdvisorIndex,
  ledger: ExposureLedger,
  startup: MatchableStartup,
  weights: Weights,
  query: Omit<TopKQuery, 'admit'> & { readonly exclude?: ReadonlySet<string> | undefined },
  now: number,
): ExplainedPair[] {
  const { exclude, ...filter } = query;
  const admit = (advisorId: string, freeCapacity: number): boolean =>
    exclude?.has(advisorId) !== true && ledger.admits(advisorId, startup.startupId, freeCapacity, now);
  const shown = index.recommend(startup, weights, { ...filter, admit });
  ledger.hold(
    startup.startupId,
    shown.map((pair) => pair.advisorId),
    now,
  );
  return shown;
}
