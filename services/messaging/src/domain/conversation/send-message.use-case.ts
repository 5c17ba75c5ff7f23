import type { Actor } from '@jisr/auth';
import { randomUUID } from 'node:crypto';
import { ConflictError } from '@jisr/errors';
import type { MessagingContext } from '../messaging-context';
import type { MessagingTx } from '../messaging-store.port';
import { queueMail } from '../mail/queue-mail';
import { newNotification } from '../notification/notification';
import { notify } from '../notification/notify';
import { threadForParty } from './thread-access';
import { appendMessage, otherParty, type Message, type Thread } from './thread';

/** Two messages racing for the same sequence number: the loser simply takes the next one. */
const ATTEMPTS = 3;

export async function sendMessage(
  ctx: MessagingContext,
  input: { actor: Actor; threadId: string; body: string },
): Promise<Message> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await ctx.store.transaction((tx) => send(ctx, tx, input));
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= ATTEMPTS) throw error;
    }
  }
}

async function send(
  ctx: MessagingContext,
  tx: MessagingTx,
  input: { actor: Actor; threadId: string; body: string },
) {
  const { thread, party } = await threadForParty(tx, input.threadId, input.actor);
  const now = ctx.clock.now();
  const appended = appendMessage(thread, party, input.actor.sub, input.body, randomUUID(), now);
  await tx.messages.add(appended.message);
  await tx.threads.save(appended.thread);
  await tellRecipient(tx, appended.thread, otherParty(party), appended.message.seq, now);
  return appended.message;
}

/**
 * The recipient gets a live notification for every message, but only one unread entry per
 * thread in their list — a busy conversation must not bury everything else.
 */
async function tellRecipient(
  tx: MessagingTx,
  thread: Thread,
  recipient: 'startup' | 'advisor',
  seq: number,
  now: Date,
) {
  if (thread.erased[recipient]) return;
  const userId = recipient === 'startup' ? thread.startupId : thread.advisorId;
  const input = {
    userId,
    kind: 'message.received',
    threadId: thread.id,
    introductionId: thread.id,
    params: { seq },
  } as const;
  if ((await tx.notifications.unreadAbout(userId, 'message.received', thread.id)) === null) {
    await notify(tx, now, input);
  } else {
    const notification = newNotification(input, randomUUID(), now);
    tx.live.push(notification);
    // Every message counts towards the conversation's hourly email, even without a list entry.
    await queueMail(tx, now, notification);
  }
}
