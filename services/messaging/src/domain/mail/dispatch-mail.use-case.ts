import { ConflictError } from '@jisr/errors';
import type { MessagingContext } from '../messaging-context';
import { composeBatch, type MailLinks } from './compose-mail';

const BATCHES_PER_PASS = 50;

/**
 * Turns every batch that is due into an email in the mail outbox, each in its own transaction
 * that also deletes the batch: the email exists exactly once, and the mail relay sends it.
 * Returns how many emails were queued.
 */
export async function dispatchDueMail(ctx: MessagingContext, links: MailLinks): Promise<number> {
  const now = ctx.clock.now();
  const due = await ctx.store.transaction((tx) => tx.mailBatches.due(now, BATCHES_PER_PASS));
  let queued = 0;
  for (const { id } of due) {
    const sent = await ctx.store
      .transaction(async (tx) => {
        const batch = await tx.mailBatches.get(id);
        if (batch === null || batch.dueAt > now.toISOString()) return false;
        const mail = await composeBatch(tx, batch, links);
        await tx.mailBatches.remove(batch);
        return mail === null ? false : tx.mail.enqueue(mail.key, mail.message);
      })
      // A message joined the batch meanwhile: the next pass sends it with that one in.
      .catch((error: unknown) => {
        if (error instanceof ConflictError) return false;
        throw error;
      });
    if (sent) queued += 1;
  }
  return queued;
}
