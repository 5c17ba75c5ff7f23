import type { Collection, Storage } from '@jisr/storage';
import { OUTBOX_SPEC, type OutboxEntry } from './outbox';

export interface SentPrunerOptions {
  readonly storage: Storage;
  readonly outbox: () => Promise<Collection<OutboxEntry>>;
  /** Takes or renews the relay lease; only its holder prunes. */
  readonly holdLease: () => Promise<boolean>;
  readonly keepSentMs: number;
  readonly pruneIntervalMs: number;
  readonly batchSize: number;
  readonly now: () => number;
}

export interface SentPruner {
  /**
   * Deletes one batch of old sent entries if a prune run is due; returns how many it deleted.
   * A full batch keeps the run going on the next call, so a large backlog drains between
   * publish passes instead of holding them up.
   */
  pruneIfDue(): Promise<number>;
  /** Puts the next run off by one interval, e.g. after a failure, so errors are not retried in a tight loop. */
  postpone(): void;
}

/**
 * Sent entries are only kept for a while (to trace what went out); after `keepSentMs` they are
 * deleted so that the outbox does not grow for ever. Pending entries never match: a range on
 * `sentAt` only matches strings. The `sent_by_age` index serves the query, oldest first.
 */
export const createSentPruner = (options: SentPrunerOptions): SentPruner => {
  const { storage, keepSentMs, pruneIntervalMs, batchSize, now } = options;
  let nextRunAt = Number.NEGATIVE_INFINITY;
  const oldest = (outbox: Collection<OutboxEntry>, cutoff: string, limit: number): Promise<OutboxEntry[]> =>
    outbox.find({ sentAt: { $lt: cutoff } }, { sort: { sentAt: 1 }, limit });

  const deleteBatch = (cutoff: string): Promise<number> =>
    storage.transaction(async (tx) => {
      const outbox = await tx.collection<OutboxEntry>(OUTBOX_SPEC);
      let deleted = 0;
      for (const entry of await oldest(outbox, cutoff, batchSize))
        if (await outbox.delete(entry._id, entry.version)) deleted += 1;
      return deleted;
    });

  const postpone = (): void => {
    nextRunAt = now() + pruneIntervalMs;
  };

  return {
    pruneIfDue: async () => {
      if (now() < nextRunAt) return 0;
      const cutoff = new Date(now() - keepSentMs).toISOString();
      const outbox = await options.outbox();
      // Check before taking the lease, so idle relays do not contend for it just to find nothing.
      if ((await oldest(outbox, cutoff, 1)).length === 0 || !(await options.holdLease())) {
        postpone();
        return 0;
      }
      const deleted = await deleteBatch(cutoff);
      if (deleted < batchSize) postpone();
      return deleted;
    },
    postpone,
  };
};
