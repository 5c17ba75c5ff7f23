import { forbidden, notFound } from '@jisr/errors';
import type { Party } from '../introduction/introduction';
import type { Actor } from '../messaging-context';
import type { MessagingTx } from '../messaging-store.port';
import { threadPartyOf, type Thread } from './thread';

/**
 * Only the two parties read a thread. The council may learn that it exists and its status, never
 * its messages; everyone else is told it does not exist.
 */
export async function threadFor(
  tx: MessagingTx,
  threadId: string,
  actor: Actor,
  purpose: 'status' | 'messages',
): Promise<{ thread: Thread; party: Party | null }> {
  const thread = await tx.threads.get(threadId);
  if (thread !== null && actor.role === 'council') {
    if (purpose === 'messages')
      throw forbidden('THREAD.MESSAGES_PRIVATE', 'Messages are private to the two parties.');
    return { thread, party: null };
  }
  const party = thread === null ? null : threadPartyOf(thread, actor.sub);
  if (thread === null || party === null) throw notFound('THREAD.NOT_FOUND', 'No such conversation.');
  return { thread, party };
}

export async function threadForParty(
  tx: MessagingTx,
  threadId: string,
  actor: Actor,
): Promise<{ thread: Thread; party: Party }> {
  const { thread, party } = await threadFor(tx, threadId, actor, 'messages');
  if (party === null) throw forbidden('THREAD.MESSAGES_PRIVATE', 'Messages are private to the two parties.');
  return { thread, party };
}
