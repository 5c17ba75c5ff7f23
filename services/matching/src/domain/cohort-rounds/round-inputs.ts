import { AppError, type FieldIssue } from '@jisr/errors';
import type { MatchingStore } from '../matching-store.port';
import { countsTowardsLoad } from '../introductions/introduction';
import { isMatchableStartup, type AdvisorRecord, type StartupRecord } from '../read-model/profile-records';
import type { ExcludedStartup, Pair } from './cohort-round';

export const ROUND_INPUT_ERRORS = {
  empty: 'MATCHING.COHORT_EMPTY',
  ambiguous: 'MATCHING.COHORT_AMBIGUOUS',
  invalidPins: 'COHORT.INVALID_PINS',
  pinUnknown: 'COHORT.PIN_ADVISOR_UNKNOWN',
  pinPaused: 'COHORT.PIN_ADVISOR_PAUSED',
  pinNotVerified: 'COHORT.PIN_ADVISOR_NOT_VERIFIED',
  pinCurrent: 'COHORT.PIN_CURRENT_ADVISOR',
} as const;

export interface RoundScope {
  readonly cohortId: string;
  /** Needed only when two programmes use the same cohort id. */
  readonly programmeId?: string | undefined;
  /** Startups with an active advisor the council still wants in the round. */
  readonly include: readonly string[];
  readonly pinned: readonly Pair[];
  readonly forbidden: readonly Pair[];
}

export interface RoundInputs {
  readonly programmeId: string | null;
  readonly startupIds: readonly string[];
  readonly excluded: readonly ExcludedStartup[];
  /** The council's forbidden pairs plus every included startup's current advisors. */
  readonly forbidden: readonly Pair[];
}

const invalid = (code: string, message: string, errors?: FieldIssue[]): AppError =>
  new AppError(code, message, { status: 422, ...(errors === undefined ? {} : { errors }) });

/** The cohort's verified startups in one programme; a cohort id two programmes share must be narrowed. */
const cohortOf = async (store: MatchingStore, scope: RoundScope) => {
  const startups = (await store.startups.all())
    .filter(isMatchableStartup)
    .filter((s) => s.profile.cohortId === scope.cohortId)
    .filter((s) => scope.programmeId === undefined || s.profile.programmeId === scope.programmeId);
  if (startups.length === 0) {
    throw invalid(ROUND_INPUT_ERRORS.empty, 'This cohort has no verified startups to match.');
  }
  const programmes = [...new Set(startups.map((s) => s.profile.programmeId ?? null))].sort();
  if (programmes.length > 1) {
    throw invalid(
      ROUND_INPUT_ERRORS.ambiguous,
      `Several programmes use this cohort id (${programmes.join(', ')}); name the programme.`,
      [{ path: 'body.programmeId', code: ROUND_INPUT_ERRORS.ambiguous, message: 'Name the programme.' }],
    );
  }
  return { startups, programmeId: programmes[0] ?? null };
};

const pinIssue = (advisor: AdvisorRecord | null): { code: string; message: string } | null => {
  if (advisor === null || advisor.profile === null || advisor.erased || advisor.deactivated)
    return { code: ROUND_INPUT_ERRORS.pinUnknown, message: 'No such active advisor.' };
  if (advisor.verification !== 'verified')
    return { code: ROUND_INPUT_ERRORS.pinNotVerified, message: 'This advisor is not verified.' };
  if (advisor.paused) return { code: ROUND_INPUT_ERRORS.pinPaused, message: 'This advisor is paused.' };
  return null;
};

/** Refuses pins the engine would take but confirmation could never honour, each with why. */
const checkPins = async (
  store: MatchingStore,
  pinned: readonly Pair[],
  current: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<void> => {
  const issues: FieldIssue[] = [];
  for (const [i, pin] of pinned.entries()) {
    const issue = current.get(pin.startupId)?.has(pin.advisorId)
      ? { code: ROUND_INPUT_ERRORS.pinCurrent, message: 'The startup already works with this advisor.' }
      : pinIssue(await store.advisors.get(pin.advisorId));
    if (issue !== null) issues.push({ path: `body.pinned[${i}].advisorId`, ...issue });
  }
  if (issues.length > 0)
    throw invalid(ROUND_INPUT_ERRORS.invalidPins, 'Some pinned pairs cannot be honoured.', issues);
};

const currentAdvisors = async (store: MatchingStore, startups: readonly StartupRecord[]) => {
  const current = new Map<string, Set<string>>();
  for (const startup of startups) {
    const advisors = (await store.introductions.listByStartup(startup.id))
      .filter((record) => countsTowardsLoad(record.state))
      .map((record) => record.advisorId);
    if (advisors.length > 0) current.set(startup.id, new Set(advisors));
  }
  return current;
};

/**
 * What a round starts from: the cohort's startups in one programme, less those that already work with
 * an advisor (listed with that reason) unless the council includes them; an included startup is never
 * proposed its current advisor again.
 */
export const roundInputs = async (store: MatchingStore, scope: RoundScope): Promise<RoundInputs> => {
  const { startups, programmeId } = await cohortOf(store, scope);
  const current = await currentAdvisors(store, startups);
  await checkPins(store, scope.pinned, current);
  // A pin is the council's decision about that startup, so it includes the startup too.
  const included = new Set([...scope.include, ...scope.pinned.map((pin) => pin.startupId)]);
  const excluded: ExcludedStartup[] = [];
  const forbidden: Pair[] = [...scope.forbidden];
  const startupIds: string[] = [];
  for (const startup of startups) {
    const advisors = [...(current.get(startup.id) ?? [])].sort();
    if (advisors.length > 0 && !included.has(startup.id)) {
      excluded.push({ startupId: startup.id, reason: 'has-active-advisor', advisorIds: advisors });
      continue;
    }
    startupIds.push(startup.id);
    forbidden.push(...advisors.map((advisorId) => ({ startupId: startup.id, advisorId })));
  }
  return {
    programmeId,
    startupIds: startupIds.sort(),
    excluded: excluded.sort((a, b) => (a.startupId < b.startupId ? -1 : 1)),
    forbidden,
  };
};
