import type { EventOf } from '@jisr/contracts';
import type { MessagingTx } from '../messaging-store.port';
import { isNewer } from '../people/people';

/** Keeps where a person's notification email goes; older or post-erasure events change nothing. */
export async function projectContact(
  tx: MessagingTx,
  event: EventOf<'account.contact-changed'>,
): Promise<void> {
  const p = event.payload;
  const current = await tx.mailRecipients.get(p.accountId);
  if (current?.erased === true || !isNewer(current, event.version)) return;
  await tx.mailRecipients.save({
    id: p.accountId,
    email: p.email,
    locale: p.locale,
    erased: false,
    sourceVersion: event.version,
    version: current?.version ?? 0,
  });
  // Nothing may go to an address that is gone, however it was batched.
  if (p.email === null) await tx.mailBatches.forgetUser(p.accountId);
}

/** Erasure: the address, the choices and every waiting email go; a tombstone keeps late events out. */
export async function forgetRecipient(
  tx: MessagingTx,
  accountId: string,
  eventVersion: number,
): Promise<void> {
  const current = await tx.mailRecipients.get(accountId);
  await tx.mailRecipients.save({
    id: accountId,
    email: null,
    locale: current?.locale ?? 'en',
    erased: true,
    sourceVersion: Math.max(current?.sourceVersion ?? 0, eventVersion),
    version: current?.version ?? 0,
  });
  await tx.mailBatches.forgetUser(accountId);
}
