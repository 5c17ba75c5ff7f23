import { randomUUID } from 'node:crypto';
import { ConflictError } from '@jisr/errors';
import type { EventBus } from '@jisr/event-bus';
import type { Logger } from '@jisr/logger';
import type { Storage } from '@jisr/storage';
import { declaredCollection } from './declared-collection';
import { OUTBOX_SPEC, type OutboxEntry } from './outbox';
import { RelayLease } from './relay-lease';
import { RelayLoop } from './relay-loop';
import { createSentPruner } from './sent-pruner';

export interface OutboxRelayOptions {
  readonly storage: Storage;
  readonly bus: EventBus;
  readonly logger: Logger;
  /** Wait between passes when idle (default 200 ms). */
  readonly pollIntervalMs?: number;
  /** Longest wait after repeated publish failures (default 2 s, so an outage's backlog leaves soon after it ends). */
  readonly maxBackoffMs?: number;
  /** Events read per pass (default 100). */
  readonly batchSize?: number;
  /** How long one relay may publish before another may take over (default 10 s). */
  readonly leaseMs?: number;
  /** Stable per process to let a restarted relay take its own lease back at once (default: random). */
  readonly relayId?: string;
  /** How long sent entries are kept before the lease holder deletes them (default 7 days). */
  readonly keepSentMs?: number;
  /** Least time between two prune runs (default 10 min); a run deletes `batchSize` entries at a time. */
  readonly pruneIntervalMs?: number;
  /** Time for leases, `sentAt` and pruning (default the system clock). */
  readonly clock?: { now(): Date };
}

export interface OutboxRelay {
  /** Starts the background loop (idempotent). */
  start(): void;
  /** Ends the loop after the pass in flight and hands the lease on. */
  stop(): Promise<void>;
  /** Publishes everything pending now; returns how many events were published. Throws if the bus fails. */
  flush(): Promise<number>;
  /** Wakes the loop, e.g. right after a transaction that appended events committed. */
  nudge(): void;
}

/** Groups a batch by topic, keeping each topic's events in creation order. */
const byTopic = (entries: readonly OutboxEntry[]): Map<string, OutboxEntry[]> => {
  const groups = new Map<string, OutboxEntry[]>();
  for (const entry of entries) groups.set(entry.topic, [...(groups.get(entry.topic) ?? []), entry]);
  return groups;
};

/**
 * Publishes pending outbox events in creation order and marks them sent once the bus has
 * acknowledged them. A crash between the two means the events go out again on restart
 * (at-least-once; consumers are idempotent). Publish failures back off exponentially.
 * Between passes the lease holder deletes sent entries older than `keepSentMs`.
 */
export const createOutboxRelay = (options: OutboxRelayOptions): OutboxRelay => {
  const { storage, bus, logger } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 200;
  const maxBackoffMs = options.maxBackoffMs ?? 2000;
  const batchSize = options.batchSize ?? 100;
  const now = (): number => (options.clock ? options.clock.now().getTime() : Date.now());
  const lease = new RelayLease(storage, options.relayId ?? randomUUID(), options.leaseMs ?? 10_000, now);
  const loop = new RelayLoop();
  let passes: Promise<unknown> = Promise.resolve();
  let failures = 0;
  const outboxCollection = declaredCollection<OutboxEntry>(storage, OUTBOX_SPEC);
  const pruner = createSentPruner({
    storage,
    outbox: outboxCollection,
    holdLease: () => lease.hold(),
    keepSentMs: options.keepSentMs ?? 7 * 24 * 60 * 60 * 1000,
    pruneIntervalMs: options.pruneIntervalMs ?? 10 * 60 * 1000,
    batchSize,
    now,
  });

  const markSent = (entries: readonly OutboxEntry[]) =>
    storage.transaction(async (tx) => {
      const outbox = await tx.collection<OutboxEntry>(OUTBOX_SPEC);
      const sentAt = new Date(now()).toISOString();
      for (const entry of entries) {
        await outbox.update({ ...entry, sentAt }, entry.version).catch((error: unknown) => {
          // Already marked by a relay that held the lease before us: nothing to do.
          if (!(error instanceof ConflictError)) throw error;
        });
      }
    });

  const pass = async (): Promise<number> => {
    const outbox = await outboxCollection();
    if (!(await outbox.findOne({ sentAt: null })) || !(await lease.hold())) return 0;
    const batch = await outbox.find({ sentAt: null }, { sort: { position: 1 }, limit: batchSize });
    let published = 0;
    for (const [topic, entries] of byTopic(batch)) {
      await bus.publish(
        topic,
        entries.map((entry) => entry.event),
      );
      await markSent(entries);
      published += entries.length;
    }
    return published;
  };

  /** One step at a time per relay, whether a pass from the loop or flush(), or a prune batch. */
  const serially = (step: () => Promise<number>): Promise<number> => {
    const next = passes.then(step);
    passes = next.catch(() => undefined);
    return next;
  };
  const serialPass = (): Promise<number> => serially(pass);

  /** Pruning is housekeeping: its failures are logged and put off, and never stop publishing. */
  const prune = (): Promise<number> =>
    serially(() => pruner.pruneIfDue()).catch((error: unknown) => {
      pruner.postpone();
      logger.warn({ err: error }, 'outbox relay could not prune sent entries; trying again later');
      return 0;
    });

  const flush = async (): Promise<number> => {
    let total = 0;
    for (;;) {
      const published = await serialPass();
      total += published;
      if (published < batchSize) return total;
    }
  };

  const step = async (): Promise<void> => {
    let delay = pollIntervalMs;
    try {
      // A full batch means more may be waiting: go again at once.
      if ((await serialPass()) === batchSize) delay = 0;
      failures = 0;
    } catch (error) {
      failures += 1;
      delay = Math.min(Math.max(1, pollIntervalMs) * 2 ** failures, maxBackoffMs);
      logger.warn(
        { err: error, failures, retryInMs: delay },
        'outbox relay pass failed (bus or storage); retrying later',
      );
    }
    // A full prune batch means the backlog is not drained yet: go again at once (after a pass).
    if ((await prune()) === batchSize && failures === 0) delay = 0;
    if (loop.running) await loop.pause.wait(delay, failures === 0);
  };

  return {
    start: () => {
      if (!loop.running) failures = 0;
      loop.start(step);
    },
    stop: async () => {
      await loop.stop();
      await passes;
      await lease
        .release()
        .catch((error: unknown) => logger.warn({ err: error }, 'outbox relay could not release its lease'));
    },
    flush,
    nudge: () => loop.pause.nudge(),
  };
};
