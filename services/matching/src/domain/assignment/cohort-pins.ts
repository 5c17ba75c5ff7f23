import { AppError, type FieldIssue } from '@jisr/errors';
import type { CohortPair } from './assignment-types';

/** One string per startup–advisor pair, for sets and maps. */
export const pairKey = (startupId: string, advisorId: string): string => `${startupId}\u0000${advisorId}`;
/** Plain code-unit order of ids, the same on every machine and locale. */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Pins the round can honour, sorted by startup id; otherwise one 422 naming every bad pin: unknown
 * startup or advisor, a startup pinned twice, a pin that is also forbidden, an advisor pinned beyond
 * their places.
 */
export function validatePins(
  pinned: readonly CohortPair[],
  startupIds: ReadonlySet<string>,
  seats: ReadonlyMap<string, number>,
  forbidden: ReadonlySet<string>,
): CohortPair[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const perAdvisor = new Map<string, number>();
  const valid: CohortPair[] = [];
  pinned.forEach((pin, i) => {
    const path = `pinned[${i}]`;
    if (!startupIds.has(pin.startupId) || !seats.has(pin.advisorId)) {
      issues.push({
        path,
        code: 'COHORT.PIN_UNKNOWN',
        message: 'The pinned startup or advisor is not part of this round.',
      });
      return;
    }
    if (seen.has(pin.startupId)) {
      issues.push({
        path,
        code: 'COHORT.PIN_DUPLICATE',
        message: 'This startup is already pinned to an advisor.',
      });
      return;
    }
    if (forbidden.has(pairKey(pin.startupId, pin.advisorId))) {
      issues.push({ path, code: 'COHORT.PIN_FORBIDDEN', message: 'This pair is both pinned and forbidden.' });
      return;
    }
    const used = (perAdvisor.get(pin.advisorId) ?? 0) + 1;
    if (used > (seats.get(pin.advisorId) ?? 0)) {
      issues.push({
        path,
        code: 'COHORT.PIN_OVER_CAPACITY',
        message: 'The advisor has no place left for this pin.',
      });
      return;
    }
    seen.add(pin.startupId);
    perAdvisor.set(pin.advisorId, used);
    valid.push({ startupId: pin.startupId, advisorId: pin.advisorId });
  });
  if (issues.length > 0) {
    throw new AppError('COHORT.INVALID_PINS', 'Some pinned pairs cannot be honoured.', {
      status: 422,
      errors: issues,
    });
  }
  return valid.sort((a, b) => byId(a.startupId, b.startupId));
}
