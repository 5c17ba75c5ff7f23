import type { Actor } from '@jisr/auth';
import { forbidden, notFound, visibleOrMissing } from '@jisr/errors';
import type { Party } from '../introduction/introduction';
import type { MessagingTx } from '../messaging-store.port';
import { threadPartyOf, type Thread } from './thread';

const threadNotFound = () => notFound('THREAD.NOT_FOUND', 'No such conversation.');

/**
 * Only the two parties read a thread. The council may learn that it exists and its status; everyone
 * else is told it does not exist, as for an unknown id.
 */
export async function threadFor(
  tx: MessagingTx,
  threadId: string,
  actor: Actor,
): Promise<{ thread: Thread; party: Party | null }> {
  const thread = await tx.threads.get(threadId);
  if (thread !== null && actor.role === 'council') return { thread, party: null };
  const party = thread === null ? null : threadPartyOf(thread, actor.sub);
  visibleOrMissing(thread !== null && party !== null, threadNotFound);
  return { thread, party };
}

/**
 * A thread's messages, for its parties only. The council is refused by its role, before any lookup,
 * so the refusal is the same for every id and confirms none.
 */
export async function threadForParty(
  tx: MessagingTx,
  threadId: string,
  actor: Actor,
): Promise<{ thread: Thread; party: Party }> {
  if (actor.role === 'council')
    throw forbidden('THREAD.MESSAGES_PRIVATE', 'Messages are private to the two parties.');
  const { thread, party } = await threadFor(tx, threadId, actor);
  visibleOrMissing(party !== null, threadNotFound);
  return { thread, party };
}
