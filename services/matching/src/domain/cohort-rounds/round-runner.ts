import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { staffActionEvent } from '@jisr/audit';
import type { Actor } from '@jisr/auth';
import { TOPICS } from '@jisr/contracts';
import { AppError, notFound } from '@jisr/errors';
import type { MatchingContext } from '../matching-context';
import type { MatchingTx } from '../matching-store.port';
import type { CohortRound } from './cohort-round';
import type { PreviewInput } from './preview-round';
import { runRoundJob, type JobEnd, type RoundJobDeps } from './round-job';
import { roundInputs } from './round-inputs';
import { isRunning, progressOf, type RoundRun } from './round-run';

export const ROUND_RUN_ERRORS = {
  interrupted: 'MATCHING.ROUND_INTERRUPTED',
  notRunning: 'MATCHING.ROUND_NOT_RUNNING',
} as const;

export interface RoundRunnerOptions extends Pick<RoundJobDeps, 'solver' | 'inlineCells'> {
  /** How often a running round's progress is stored; a run silent for `staleAfterMs` was interrupted. */
  readonly heartbeatMs: number;
  readonly staleAfterMs: number;
  /** How long `start` may wait for a quick round to end. */
  readonly waitMs: number;
}

export type RoundStatus = { readonly round: CohortRound } | { readonly run: RoundRun };

export interface RoundRuns {
  /**
   * Stores the run (422 first when the cohort or a pin is unusable) and queues it. With `wait`, it
   * waits up to `waitMs` for the end; `end` is null while the round still runs.
   */
  start(
    input: PreviewInput,
    options: {
      readonly wait: boolean;
      readonly actor: Actor;
      readonly correlationId?: string | undefined;
    },
  ): Promise<{ readonly run: RoundRun; readonly end: JobEnd | null }>;
  /** The round once ready, else its run with the latest progress (an interrupted run reads as failed). */
  status(roundId: string): Promise<RoundStatus>;
  /** Cancels a running round; the cancel is a staff action, recorded with the stored change. */
  cancel(roundId: string, actor: Actor, correlationId?: string): Promise<RoundRun>;
  /** Marks runs nobody runs any more (their heartbeat stopped) as failed; at start-up. */
  recover(): Promise<number>;
  /** Stops the runs of this process and marks them failed: a stopped service finishes nothing. */
  stop(): Promise<void>;
}

interface Live {
  run: RoundRun;
  readonly controller: AbortController;
  readonly startedMs: number;
  finished?: Promise<JobEnd>;
  /** Set when its turn came; until then a cancel needs not wait for the rounds before it. */
  started?: boolean;
}

/** A run's summary for profile's audit log: its state and cohort, never its pins or notes. */
const runSummary = (run: RoundRun) => ({ state: run.state, cohortId: run.cohortId });

/**
 * Cohort rounds as jobs: one solved at a time (two cores), each with progress, a heartbeat and a cancel.
 * A long-lived runner holding the jobs of this process (not a use case), so it stays an object.
 */
export const startRoundRunner = (ctx: MatchingContext, options: RoundRunnerOptions): RoundRuns => {
  const { store, clock, changes } = ctx;
  const deps = { ...options, store, matcher: ctx.matcher };

  /** Saves the run and its audit record in one transaction, then nudges the outbox relay. */
  const saveAudited = async (
    next: RoundRun,
    action: 'cohort-round.start' | 'cohort-round.cancel',
    before: RoundRun | null,
    actor: Actor,
    correlationId: string | undefined,
  ): Promise<RoundRun> => {
    const saved = await store.transaction(async (tx: MatchingTx) => {
      const stored = await tx.roundRuns.save(next);
      const event = staffActionEvent({
        service: 'matching',
        actor,
        action,
        target: { type: 'cohort-round', id: stored.id },
        before: before === null ? {} : runSummary(before),
        after: runSummary(stored),
        at: clock.now(),
        correlationId,
      });
      await tx.outbox.append(TOPICS.audit, [event]);
      return stored;
    });
    await changes.committed({ outbox: true });
    return saved;
  };
  const live = new Map<string, Live>();
  let queue: Promise<unknown> = Promise.resolve();
  let stopping = false;

  const persist = async (entry: Live, change: Partial<RoundRun>): Promise<void> => {
    const now = clock.now().toISOString();
    const next = { ...entry.run, ...change, heartbeatAt: now };
    try {
      entry.run = await store.roundRuns.save(next);
    } catch {
      // Someone else wrote the run (a cancel from another replica): take theirs and obey it.
      const stored = await store.roundRuns.get(entry.run.id);
      if (stored !== null) entry.run = stored;
      if (stored?.state === 'cancelled') entry.controller.abort();
    }
  };
  const beat = setInterval(() => {
    for (const entry of live.values()) if (isRunning(entry.run)) void persist(entry, {});
  }, deps.heartbeatMs);
  beat.unref();

  const finish = async (entry: Live, end: JobEnd): Promise<void> => {
    live.delete(entry.run.id);
    const finishedAt = clock.now().toISOString();
    const progress = { ...entry.run.progress, elapsedMs: Math.round(performance.now() - entry.startedMs) };
    if (end.state === 'ready')
      await persist(entry, { state: 'ready', finishedAt, progress: { ...progress, fraction: 1 } });
    else if (end.state === 'cancelled' && stopping)
      await persist(entry, {
        state: 'failed',
        finishedAt,
        progress,
        failure: {
          code: ROUND_RUN_ERRORS.interrupted,
          message: 'The service stopped before this round was solved; run it again.',
        },
      });
    else if (end.state === 'cancelled') await persist(entry, { state: 'cancelled', finishedAt, progress });
    else await persist(entry, { state: 'failed', finishedAt, progress, failure: end.failure });
  };

  const execute = async (entry: Live, job: Parameters<typeof runRoundJob>[1]): Promise<JobEnd> => {
    let end: JobEnd;
    entry.started = true;
    // Cancelled while it waited: the cancel already stored that.
    if (!live.has(entry.run.id)) return { state: 'cancelled' };
    if (entry.controller.signal.aborted) end = { state: 'cancelled' };
    else {
      await persist(entry, { state: 'solving' });
      end = await runRoundJob(deps, job, {
        signal: entry.controller.signal,
        onProgress: (step) => {
          const elapsedMs = Math.round(performance.now() - entry.startedMs);
          entry.run = { ...entry.run, progress: progressOf(step, entry.run.progress, elapsedMs) };
        },
      });
    }
    await finish(entry, end);
    return end;
  };

  const interrupted = async (run: RoundRun, message: string): Promise<RoundRun> =>
    store.roundRuns.save({
      ...run,
      state: 'failed',
      finishedAt: clock.now().toISOString(),
      failure: { code: ROUND_RUN_ERRORS.interrupted, message },
    });
  const isStale = (run: RoundRun): boolean =>
    isRunning(run) &&
    !live.has(run.id) &&
    clock.now().getTime() - Date.parse(run.heartbeatAt) > deps.staleAfterMs;
  const stale = 'The service running this round stopped before it was solved; run it again.';

  const getRun = async (roundId: string): Promise<RoundRun> => {
    const entry = live.get(roundId);
    if (entry !== undefined) return entry.run;
    const run = await store.roundRuns.get(roundId);
    if (run === null) throw notFound('MATCHING.ROUND_NOT_FOUND', 'No such cohort round.');
    return isStale(run) ? interrupted(run, stale) : run;
  };

  return {
    start: async (input, { wait, actor, correlationId }) => {
      const inputs = await roundInputs(store, input);
      const now = clock.now().toISOString();
      const queued: RoundRun = {
        id: randomUUID(),
        version: 0,
        cohortId: input.cohortId,
        programmeId: inputs.programmeId,
        objective: input.objective,
        include: input.include,
        forbidden: input.forbidden,
        pinned: input.pinned,
        state: 'queued',
        createdAt: now,
        createdBy: input.createdBy,
        heartbeatAt: now,
        finishedAt: null,
        progress: { phase: 'queued', done: 0, total: 0, round: 0, fraction: 0, elapsedMs: 0 },
        failure: null,
      };
      const run = await saveAudited(queued, 'cohort-round.start', null, actor, correlationId);
      const entry: Live = { run, controller: new AbortController(), startedMs: performance.now() };
      live.set(run.id, entry);
      const finished = queue.then(() => execute(entry, { input, inputs, run }));
      entry.finished = finished;
      // One failed run (say, its storage went away) must not stop the runs queued after it.
      queue = finished.catch(() => undefined);
      const end = wait ? await Promise.race([finished, delay(deps.waitMs, null, { ref: false })]) : null;
      return { run: end === null ? entry.run : await getRun(run.id), end };
    },
    status: async (roundId) => {
      const round = await store.rounds.get(roundId);
      return round !== null ? { round } : { run: await getRun(roundId) };
    },
    cancel: async (roundId, actor, correlationId) => {
      const run = await getRun(roundId);
      if (!isRunning(run))
        throw new AppError(ROUND_RUN_ERRORS.notRunning, 'This round is no longer running.', { status: 409 });
      const cancelled = (from: RoundRun): Promise<RoundRun> =>
        saveAudited(
          { ...from, state: 'cancelled', finishedAt: clock.now().toISOString() },
          'cohort-round.cancel',
          from,
          actor,
          correlationId,
        );
      const entry = live.get(roundId);
      if (entry === undefined) return cancelled(run);
      entry.controller.abort();
      if (entry.started !== true) {
        live.delete(roundId);
        return cancelled(entry.run);
      }
      await entry.finished;
      const after = (await store.roundRuns.get(roundId)) ?? entry.run;
      // The solving job stored the cancel itself; the audit record still names who asked for it.
      await store.transaction((tx: MatchingTx) =>
        tx.outbox.append(TOPICS.audit, [
          staffActionEvent({
            service: 'matching',
            actor,
            action: 'cohort-round.cancel',
            target: { type: 'cohort-round', id: roundId },
            before: runSummary(run),
            after: runSummary(after),
            at: clock.now(),
            correlationId,
          }),
        ]),
      );
      await changes.committed({ outbox: true });
      return after;
    },
    recover: async () => {
      const stuck = (await store.roundRuns.all()).filter(isStale);
      for (const run of stuck) await interrupted(run, stale);
      return stuck.length;
    },
    stop: async () => {
      clearInterval(beat);
      stopping = true;
      for (const entry of live.values()) entry.controller.abort();
      await queue.catch(() => undefined);
    },
  };
};
