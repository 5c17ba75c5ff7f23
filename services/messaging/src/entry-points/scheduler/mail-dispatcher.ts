import type { Logger } from '@jisr/logger';
import type { MailLinks } from '../../domain/mail/compose-mail';
import { dispatchDueMail } from '../../domain/mail/dispatch-mail.use-case';
import type { MessagingContext } from '../../domain/messaging-context';

export interface MailDispatcher {
  /** One pass now: every due batch becomes an email in the mail outbox; returns how many. */
  dispatch(): Promise<number>;
  /** A transaction queued mail: look now rather than on the next timer pass. */
  nudge(): void;
  stop(): Promise<void>;
}

/**
 * Turns due mail batches into emails: at once when nudged (mail sent "immediately"), and on a
 * timer for batches that come due by the clock (a conversation's hour, the morning digest).
 * Like the deadline scheduler it keeps no state of its own, so restarts and replicas are safe.
 */
export function startMailDispatcher(
  ctx: MessagingContext,
  links: () => MailLinks | null,
  options: { intervalMs: number; logger: Logger; onQueued: () => void },
): MailDispatcher {
  let chain: Promise<unknown> = Promise.resolve();
  let pending = false;
  const dispatch = (): Promise<number> => {
    const pass = chain.then(async () => {
      pending = false;
      const known = links();
      // Before the HTTP server listens there is no address for unsubscribe links yet: the next pass sends.
      if (known === null) return 0;
      const queued = await dispatchDueMail(ctx, known);
      if (queued > 0) options.onQueued();
      return queued;
    });
    chain = pass.catch(() => undefined);
    return pass;
  };
  const background = (): void => {
    dispatch().catch((error: unknown) =>
      options.logger.error({ err: error }, 'mail dispatch failed; retrying on the next pass'),
    );
  };
  const timer = setInterval(background, options.intervalMs);
  timer.unref();
  return {
    dispatch,
    nudge: () => {
      // Several commits in a row need one pass, not one each.
      if (pending) return;
      pending = true;
      background();
    },
    stop: async () => {
      clearInterval(timer);
      await chain;
    },
  };
}
