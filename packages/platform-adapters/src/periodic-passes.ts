import type { Logger } from '@jisr/logger';

export interface PeriodicPasses<R> {
  /** One pass now (what the timer does); passes never overlap within one instance. */
  tick(): Promise<R>;
  /** Stops the timer and waits for a pass under way. */
  stop(): Promise<void>;
}

export interface PeriodicPassesOptions<R> {
  readonly intervalMs: number;
  readonly logger: Logger;
  /** Names the pass in the log lines ("deadline pass"). */
  readonly name: string;
  /** What to log after a pass that did something; undefined for a pass that did nothing. */
  readonly report: (result: R) => Record<string, unknown> | undefined;
}

/**
 * Runs `pass` on a timer, for schedulers that hold no state of their own: what is due is read from
 * storage and the clock on each pass, so a restart loses nothing and replicas may run side by side.
 * A failed pass is logged and the next one tries again; passes are chained, never overlapping.
 */
export function startPeriodicPasses<R>(
  pass: () => Promise<R>,
  { intervalMs, logger, name, report }: PeriodicPassesOptions<R>,
): PeriodicPasses<R> {
  let chain: Promise<unknown> = Promise.resolve();
  const tick = (): Promise<R> => {
    const next = chain.then(pass);
    chain = next.catch(() => undefined);
    return next;
  };
  const timer = setInterval(() => {
    tick().then(
      (result) => {
        const line = report(result);
        if (line !== undefined) logger.info(line, name);
      },
      (error: unknown) => logger.error({ err: error }, `${name} failed; retrying on the next one`),
    );
  }, intervalMs);
  timer.unref();
  return {
    tick,
    stop: async () => {
      clearInterval(timer);
      await chain;
    },
  };
}
