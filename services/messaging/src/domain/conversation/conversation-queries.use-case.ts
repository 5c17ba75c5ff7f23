import type { Actor } from '@jisr/auth';
import type { Party } from '../introduction/introduction';
import type { MessagingContext } from '../messaging-context';
import type { Page, PageRequest } from '../messaging-store.port';
import { participantsOf, type Participant } from '../people/participant';
import { threadFor, threadForParty } from './thread-access';
import { markRead, unreadCount, type Message, type Thread } from './thread';

/** A thread as one reader sees it; `unreadCount` is null for the council, who reads no messages. */
export interface ThreadView {
  readonly thread: Thread;
  readonly participants: Record<Party, Participant>;
  readonly unreadCount: number | null;
}

export function listThreads(
  ctx: MessagingContext,
  actor: Actor,
  page: PageRequest,
): Promise<Page<ThreadView>> {
  return ctx.store.transaction(async (tx) => {
    const party = actor.role === 'council' ? null : actor.role;
    const threads = await tx.threads.page(party, party === null ? null : actor.sub, page);
    const items = await Promise.all(
      threads.items.map(async (thread) => ({
        thread,
        participants: await participantsOf(tx, thread),
        unreadCount: party === null ? null : unreadCount(thread, party),
      })),
    );
    return { items, next: threads.next };
  });
}

export function getThread(ctx: MessagingContext, actor: Actor, threadId: string): Promise<ThreadView> {
  return ctx.store.transaction(async (tx) => {
    const { thread, party } = await threadFor(tx, threadId, actor);
    return {
      thread,
      participants: await participantsOf(tx, thread),
      unreadCount: party === null ? null : unreadCount(thread, party),
    };
  });
}

export interface MessagePage {
  readonly messages: readonly Message[];
  readonly participants: Record<Party, Participant>;
  /** Pass as `beforeSeq` for the next (older) page; null when the start of the thread was reached. */
  readonly nextBeforeSeq: number | null;
}

export function listMessages(
  ctx: MessagingContext,
  input: { actor: Actor; threadId: string; beforeSeq: number | null; limit: number },
): Promise<MessagePage> {
  return ctx.store.transaction(async (tx) => {
    const { thread } = await threadForParty(tx, input.threadId, input.actor);
    const messages = await tx.messages.page(thread.id, input.beforeSeq, input.limit);
    const oldest = messages.at(-1);
    const nextBeforeSeq =
      messages.length === input.limit && oldest !== undefined && oldest.seq > 1 ? oldest.seq : null;
    return { messages, participants: await participantsOf(tx, thread), nextBeforeSeq };
  });
}

export function markThreadRead(
  ctx: MessagingContext,
  input: { actor: Actor; threadId: string; upToSeq: number },
): Promise<{ readUpTo: number; unreadCount: number }> {
  return ctx.store.transaction(async (tx) => {
    const { thread, party } = await threadForParty(tx, input.threadId, input.actor);
    const next = markRead(thread, party, input.upToSeq);
    const saved = next === thread ? thread : await tx.threads.save(next);
    // Reading the thread settles its "new message" entry too, so the next message creates a fresh one.
    const entry = await tx.notifications.unreadAbout(input.actor.sub, 'message.received', thread.id);
    if (entry !== null && unreadCount(saved, party) === 0)
      await tx.notifications.markRead(input.actor.sub, [entry.id], ctx.clock.now());
    return { readUpTo: saved.readUpTo[party], unreadCount: unreadCount(saved, party) };
  });
}
