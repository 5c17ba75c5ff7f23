import { randomUUID } from 'node:crypto';
import { ConflictError } from '@jisr/errors';
import type { Logger } from '@jisr/logger';
import { type OutboxRelay, RelayLoop, declaredCollection } from '@jisr/outbox';
import type { Storage } from '@jisr/storage';
import type { MailTransport } from './mail.port';
import { MAIL_OUTBOX_SPEC, type MailOutboxEntry } from './mail-outbox';

export interface MailRelayOptions {
  readonly storage: Storage;
  readonly transport: MailTransport;
  readonly logger: Logger;
  /** First retry delay after a failed send; doubles per attempt (default 1 s). */
  readonly retryBaseMs?: number;
  /** Longest retry delay (default 10 min). */
  readonly maxRetryMs?: number;
  /** Attempts before an email is given up and marked failed (default 12, about an hour of tries). */
  readonly maxAttempts?: number;
  /** How long a claimed email is left to its relay before another may try it (default 2 min). */
  readonly claimMs?: number;
  /** Idle wait between passes (default 500 ms). */
  readonly pollIntervalMs?: number;
  /** Emails per pass (default 20); the relay's id (default random; stable per process to take its claims back after a restart) and clock. */
  readonly batchSize?: number;
  readonly relayId?: string;
  readonly clock?: { now(): Date };
}

/** Same shape as the event relay: start/stop the loop, flush (sends what is due; failures are recorded, not thrown), nudge. */
export type MailRelay = OutboxRelay;

/**
 * Delivers the mail outbox. Each email is claimed (a version-checked write) before it is sent,
 * so relays sharing a storage never send it twice at once; it is marked sent after the
 * transport accepted it. A failed send is retried later with exponential backoff.
 */
export const createMailRelay = (options: MailRelayOptions): MailRelay => {
  const { storage, transport, logger } = options;
  const relayId = options.relayId ?? randomUUID();
  const pollIntervalMs = options.pollIntervalMs ?? 500;
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const maxRetryMs = options.maxRetryMs ?? 10 * 60_000;
  const maxAttempts = options.maxAttempts ?? 12;
  const claimMs = options.claimMs ?? 2 * 60_000;
  const batchSize = options.batchSize ?? 20;
  const now = (): Date => options.clock?.now() ?? new Date();
  const at = (offsetMs: number): string => new Date(now().getTime() + offsetMs).toISOString();
  const outbox = declaredCollection<MailOutboxEntry>(storage, MAIL_OUTBOX_SPEC);
  const loop = new RelayLoop();
  let passes: Promise<unknown> = Promise.resolve();

  const due = async (): Promise<MailOutboxEntry[]> => {
    const entries = await outbox();
    const pending = { sentAt: null, failedAt: null };
    const [timedOut, mine] = await Promise.all([
      entries.find(
        { ...pending, nextAttemptAt: { $lte: at(0) } },
        { sort: { nextAttemptAt: 1 }, limit: batchSize },
      ),
      entries.find({ ...pending, claimedBy: relayId }, { limit: batchSize }),
    ]);
    const byKey = new Map([...timedOut, ...mine].map((entry) => [entry._id, entry]));
    return [...byKey.values()];
  };

  /** A version-checked write; false when another relay changed the email first. */
  const write = async (
    entry: MailOutboxEntry,
    changes: Partial<MailOutboxEntry>,
  ): Promise<MailOutboxEntry | null> => {
    const entries = await outbox();
    return entries.update({ ...entry, ...changes }, entry.version).catch((error: unknown) => {
      if (error instanceof ConflictError) return null;
      throw error;
    });
  };

  const deliver = async (entry: MailOutboxEntry): Promise<boolean> => {
    const claimed = await write(entry, { claimedBy: relayId, nextAttemptAt: at(claimMs) });
    if (!claimed) return false;
    try {
      await transport.send({ key: entry._id, message: entry.message });
    } catch (error) {
      const attempts = claimed.attempts + 1;
      const giveUp = attempts >= maxAttempts;
      const retryInMs = Math.min(retryBaseMs * 2 ** (attempts - 1), maxRetryMs);
      await write(claimed, {
        attempts,
        claimedBy: null,
        lastError: error instanceof Error ? error.message : String(error),
        nextAttemptAt: at(retryInMs),
        failedAt: giveUp ? at(0) : null,
      });
      logger.warn({ err: error, key: entry._id, attempts, retryInMs, giveUp }, 'mail could not be sent');
      return false;
    }
    await write(claimed, { attempts: claimed.attempts + 1, claimedBy: null, sentAt: at(0), lastError: null });
    return true;
  };

  const pass = async (): Promise<number> => {
    let sent = 0;
    for (const entry of await due()) if (await deliver(entry)) sent += 1;
    return sent;
  };
  const serialPass = (): Promise<number> => {
    const next = passes.then(pass);
    passes = next.catch(() => undefined);
    return next;
  };

  const step = async (): Promise<void> => {
    try {
      await serialPass();
    } catch (error) {
      logger.warn({ err: error }, 'mail relay pass failed (storage); retrying later');
    }
    if (loop.running) await loop.pause.wait(pollIntervalMs, true);
  };

  return {
    start: () => loop.start(step),
    stop: async () => {
      await loop.stop();
      await passes;
    },
    flush: async () => {
      let total = 0;
      for (let sent = await serialPass(); sent > 0; sent = await serialPass()) total += sent;
      return total;
    },
    nudge: () => loop.pause.nudge(),
  };
};
