import type { Clock } from '@jisr/contracts';
import {
  buildCohortGraph,
  finishCohort,
  prepareCohort,
  runToEnd,
  solveOnFullGraph,
  type CohortAssignment,
} from '../assignment';
import {
  isMatchableStartup,
  type AdvisorProfile,
  type AdvisorRecord,
  type ProgrammeRecord,
  type StartupRecord,
} from '../read-model/profile-records';
import {
  AdvisorIndex,
  DEFAULT_WEIGHTS,
  ExposureLedger,
  fitOf,
  recommendFairly,
  resolveWeights,
  type MatchableAdvisor,
  type ExplainedPair,
  type MatchableStartup,
  type Weights,
} from '../scoring';
import type { LiveIndex } from './index-sync';
import { toMatchableAdvisor, toMatchableStartup, toPairFit } from './matchable';
import { compareWeights } from './compare-weights';
import type { AdvisorMatch, Assignment, AssignmentRequest, Matcher, PairFit } from './matcher.port';
import { rankStartupsFor } from './rank-startups';
import { queryKey, ShownLists } from './shown-lists';
import { AcceptedIntroductions } from './accepted-introductions';
import { PeerNotices } from './peer-notices';

export interface LiveMatcherOptions {
  readonly clock: Clock;
  /** Fair exposure: an advisor sits in at most ceil(free capacity × factor) startups' lists at a time. */
  readonly exposureFactor: number;
  /** How long a list shown to a startup holds its advisors. */
  readonly exposureHoldMs: number;
  /** Cohort rounds consider only pairs at or above this score (pinned pairs excepted). */
  readonly minScore: number;
  /** Reuse a startup's last list while nothing behind it changed (default); off to compare with. */
  readonly reuseLists?: boolean;
  /** Told of every list shown, so the other replicas' ledgers count it too. */
  readonly onHold?: (startupId: string, advisorIds: readonly string[], atMs: number) => void;
}

interface StartupEntry {
  readonly matchable: MatchableStartup;
  readonly name: string;
  readonly programmeId: string | undefined;
}

type Listed = AdvisorRecord & { profile: AdvisorProfile };

const SWEEP_EVERY = 256;

// The index reuses an explained pair while nothing behind it changed; so is its API form, which
// lets the view memoise each language's lines on it too.
const pairFits = new WeakMap<ExplainedPair, PairFit>();
const pairFitOf = (pair: ExplainedPair): PairFit => {
  let fit = pairFits.get(pair);
  if (fit === undefined) pairFits.set(pair, (fit = toPairFit(pair)));
  return fit;
};

/**
 * The live side of the read model: verified startups in a map, advisors in the engine's compact
 * index, programme weights, loads; recommendations go through the fair-exposure ledger.
 */
export const createLiveMatcher = (
  options: LiveMatcherOptions,
): Matcher &
  LiveIndex & { holdFromPeer(startupId: string, advisorIds: readonly string[], atMs: number): void } => {
  const index = new AdvisorIndex();
  const ledger = new ExposureLedger({ factor: options.exposureFactor, holdMs: options.exposureHoldMs });
  const startups = new Map<string, StartupEntry>();
  const advisors = new Map<string, Listed>();
  const loads = new Map<string, number>();
  const accepted = new AcceptedIntroductions();
  const weights = new Map<string, Weights>();
  let queries = 0;
  // Moves with every change of the index, the loads or the weights: a shown list then goes stale.
  let generation = 0;
  const lists = new ShownLists();
  const peers = new PeerNotices(options.exposureHoldMs, options.onHold);

  const weightsOf = (programmeId: string | undefined): Weights =>
    (programmeId === undefined ? undefined : weights.get(programmeId)) ?? DEFAULT_WEIGHTS;
  const weightsOfStartup = (startup: MatchableStartup): Weights =>
    weightsOf(startups.get(startup.startupId)?.programmeId);
  const shown = (advisor: MatchableAdvisor | undefined): advisor is MatchableAdvisor =>
    advisor !== undefined && advisor.verification === 'verified' && !advisor.paused;

  const fit = (startupId: string, advisorId: string): PairFit | null => {
    const startup = startups.get(startupId);
    const advisor = index.get(advisorId);
    if (startup === undefined || advisor === undefined) return null;
    const pair = fitOf(startup.matchable, advisor, weightsOf(startup.programmeId));
    return pair.candidate ? toPairFit(pair) : null;
  };

  const toAdvisorMatch = (advisorId: string, pair: PairFit): AdvisorMatch => {
    const record = advisors.get(advisorId);
    const advisor = index.get(advisorId);
    return {
      advisorId,
      displayName: record?.profile.displayName ?? '',
      organisation: record?.profile.organisation ?? '',
      roles: record?.profile.roles ?? [],
      offers: record?.profile.offers ?? [],
      freeCapacity: advisor === undefined ? 0 : Math.max(0, advisor.capacity - advisor.load),
      // Named, not spread: this runs for every line of every page served.
      score: pair.score,
      explanation: pair.explanation,
    };
  };

  function* scoreCohort(request: AssignmentRequest) {
    const cohort = request.startupIds.flatMap((id) => {
      const entry = startups.get(id);
      return entry === undefined ? [] : [entry.matchable];
    });
    const graph = yield* buildCohortGraph({
      startups: cohort,
      index,
      weightsOf: weightsOfStartup,
      minScore: options.minScore,
      pinned: request.pinned,
    });
    return prepareCohort(graph, request);
  }

  const explained = (assignment: CohortAssignment): Assignment => ({
    total: assignment.total,
    unassigned: assignment.unassigned,
    certificate: assignment.certificate,
    pairs: assignment.pairs.map((pair) => ({
      ...pair,
      // A pin the engine would never recommend keeps its place with a zero score and no lines.
      explanation: fit(pair.startupId, pair.advisorId)?.explanation ?? [],
    })),
  });

  return {
    putStartup: (record: StartupRecord) => {
      generation += 1;
      if (!isMatchableStartup(record)) {
        startups.delete(record.id);
        ledger.release(record.id);
        peers.forget(record.id);
        lists.forget(record.id);
        return;
      }
      const { name, programmeId } = record.profile;
      startups.set(record.id, { matchable: toMatchableStartup(record), name: name.latin, programmeId });
    },
    putAdvisor: (record: AdvisorRecord) => {
      generation += 1;
      // Paused and unverified advisors stay indexed (the engine never ranks them); gone ones leave.
      if (record.profile === null || record.erased || record.deactivated) {
        advisors.delete(record.id);
        index.remove(record.id);
        return;
      }
      const listed = record as Listed;
      advisors.set(record.id, listed);
      index.upsert(toMatchableAdvisor(listed, loads.get(record.id) ?? 0));
    },
    putProgramme: (record: ProgrammeRecord) => {
      generation += 1;
      weights.set(record.id, resolveWeights(record.weights));
    },
    holdFromPeer: (startupId, advisorIds, atMs) => {
      if (startups.has(startupId)) ledger.hold(startupId, advisorIds, atMs);
    },
    setAccepted: (advisorId, startupIds) => {
      generation += 1;
      accepted.set(advisorId, startupIds);
      loads.set(advisorId, startupIds.length);
      index.setLoad(advisorId, startupIds.length);
    },
    currentAdvisorsOf: (startupId) => accepted.advisorsOf(startupId),
    isMatchableStartup: (startupId) => startups.has(startupId),
    seat: (advisorId) => {
      const advisor = index.get(advisorId);
      return shown(advisor) ? { capacity: advisor.capacity, load: advisor.load } : null;
    },
    fit,
    recommendAdvisors: (startupId, query) => {
      const startup = startups.get(startupId);
      if (startup === undefined) return null;
      const now = options.clock.now().getTime();
      if (++queries % SWEEP_EVERY === 0) ledger.sweep(now);
      const key = queryKey(query);
      let pairs =
        options.reuseLists === false ? undefined : lists.find(startupId, key, generation, ledger.stamp(now));
      if (pairs === undefined) {
        pairs = recommendFairly(index, ledger, startup.matchable, weightsOf(startup.programmeId), query, now);
        lists.remember(startupId, { query: key, generation, stamp: ledger.stamp(now), pairs });
      } else {
        // The same list again: only its hold is renewed, as showing it would.
        ledger.hold(
          startupId,
          pairs.map((pair) => pair.advisorId),
          now,
        );
      }
      peers.shown(
        startupId,
        pairs.map((pair) => pair.advisorId),
        now,
      );
      return pairs.map((pair) => toAdvisorMatch(pair.advisorId, pairFitOf(pair)));
    },
    recommendStartups: (advisorId, limit) => {
      const advisor = index.get(advisorId);
      if (advisor === undefined || advisor.verification !== 'verified') return null;
      return rankStartupsFor(
        advisor,
        [...startups.values()].map((entry) => ({ ...entry, weights: weightsOf(entry.programmeId) })),
        limit,
      );
    },
    previewWeights: (startupId, programmeId, proposed, limit) => {
      const startup = startups.get(startupId);
      if (startup === undefined) return null;
      const ranked = compareWeights(
        startup.matchable,
        index.advisors(),
        { current: weightsOf(programmeId), proposed: resolveWeights(proposed) },
        limit,
      );
      return {
        items: ranked.map((item) => {
          const profile = advisors.get(item.advisorId)?.profile;
          return {
            ...item,
            displayName: profile?.displayName ?? '',
            organisation: profile?.organisation ?? '',
          };
        }),
      };
    },
    assignCohort: (request) => {
      const prepared = runToEnd(scoreCohort(request));
      return explained(finishCohort(prepared, runToEnd(solveOnFullGraph(prepared.input))));
    },
    scoreCohort,
    explainCohort: (prepared, optimum) => explained(finishCohort(prepared, optimum)),
  };
};
