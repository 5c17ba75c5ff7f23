import type { CohortProgress } from '../assignment';
import type { CohortRound } from './cohort-round';

/** A round's life: waiting its turn, being solved, then ready (the round exists) or stopped. */
export const ROUND_STATES = ['queued', 'solving', 'ready', 'failed', 'cancelled'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export interface RoundProgress {
  readonly phase: 'queued' | CohortProgress['phase'];
  readonly done: number;
  readonly total: number;
  /** Column-generation iteration (0 while scoring). */
  readonly round: number;
  /** The whole run's share done so far, 0..1 (scoring about half, the solve the rest); never goes back. */
  readonly fraction: number;
  readonly elapsedMs: number;
}

/** One run of a round, stored from the moment it is asked for; its id is the round's id. */
export interface RoundRun extends Pick<
  CohortRound,
  'id' | 'version' | 'cohortId' | 'programmeId' | 'objective' | 'include' | 'forbidden' | 'pinned'
> {
  readonly state: RoundState;
  readonly createdAt: CohortRound['createdAt'];
  readonly createdBy: CohortRound['createdBy'];
  /** Written by the replica running it every few seconds: a run whose heartbeat stops was interrupted. */
  readonly heartbeatAt: string;
  readonly finishedAt: string | null;
  readonly progress: RoundProgress;
  readonly failure: {
    readonly code: string;
    readonly message: string;
    readonly errors?: readonly { path: string; code: string; message: string }[] | undefined;
  } | null;
}

export const isRunning = (run: RoundRun): boolean => run.state === 'queued' || run.state === 'solving';

/** Phase shares of the whole run, so one fraction moves from 0 to 1 across scoring and solving. */
const SPANS: Record<RoundProgress['phase'], readonly [number, number]> = {
  queued: [0, 0],
  scoring: [0, 0.5],
  solving: [0.5, 0.9],
  pricing: [0.9, 1],
};

export const progressOf = (step: CohortProgress, before: RoundProgress, elapsedMs: number): RoundProgress => {
  const [from, to] = SPANS[step.phase];
  const share = step.total > 0 ? Math.min(1, step.done / step.total) : 0;
  return {
    phase: step.phase,
    done: step.done,
    total: step.total,
    round: step.round,
    fraction: Math.max(before.fraction, Math.round((from + (to - from) * share) * 1000) / 1000),
    elapsedMs,
  };
};
