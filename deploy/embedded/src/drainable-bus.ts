import type { EventBus, InProcessBus } from '@jisr/event-bus';

/** The embedded runner's bus, with a way to wait until every group has caught up. */
export interface DrainableBus extends EventBus {
  /** How many published messages some subscribed group has not committed yet. */
  pending(): number;
  /** Resolves true once `pending()` is 0, false if that takes longer than `timeoutMs`. */
  drain(timeoutMs: number): Promise<boolean>;
}

// Short: a drain ends a seed or a stop, and the count is a cheap read of the log.
const POLL_MS = 25;

/**
 * Nothing is lost when a drain gives up: the log keeps every message until each group that
 * subscribed to its topic has committed past it (in SQLite, across restarts), so a drain only
 * decides how long a seed or a stop waits for the consumers to catch up.
 */
export function drainable(inner: InProcessBus): DrainableBus {
  return {
    publish: (topic, events) => inner.publish(topic, events),
    subscribe: (options) => inner.subscribe(options),
    isReady: () => inner.isReady(),
    close: () => inner.close(),
    pending: () => inner.pending(),
    drain: (timeoutMs) =>
      new Promise<boolean>((resolve) => {
        const deadline = Date.now() + timeoutMs;
        const check = (): void => {
          if (inner.pending() === 0) return resolve(true);
          if (Date.now() >= deadline) return resolve(false);
          setTimeout(check, Math.min(POLL_MS, deadline - Date.now()));
        };
        check();
      }),
  };
}
