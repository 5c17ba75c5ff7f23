import type { MessagingTx } from '../messaging-store.port';
import { newUnsubscribeKey } from './unsubscribe-token';

const UNSUBSCRIBE = 'unsubscribe';

/** The key unsubscribe links are signed with; made on first use. */
export async function unsubscribeKey(tx: MessagingTx): Promise<string> {
  const stored = await tx.mailKeys.get(UNSUBSCRIBE);
  if (stored !== null) return stored.key;
  const created = await tx.mailKeys.save({ id: UNSUBSCRIBE, key: newUnsubscribeKey(), version: 0 });
  return created.key;
}
