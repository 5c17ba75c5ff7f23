import { TOPICS } from '@jisr/contracts';
import { sequenceEvents } from '../event-sequence';
import type { Trace } from '../profile-context';
import type { ProfileTx } from '../profile-store.port';
import { isEmailVerified, type Account } from './account';

/**
 * Tells messaging where this person's notification email goes (`account.contact-changed` on its
 * own topic): the address only while the account is active and the address verified, null
 * otherwise, so nothing is mailed to an unproven, deactivated or erased address.
 */
export async function publishContact(
  tx: ProfileTx,
  account: Account,
  now: Date,
  trace: Trace = {},
): Promise<Account> {
  const email = account.status === 'active' && isEmailVerified(account) ? account.email : null;
  const { envelopes, lastVersion } = sequenceEvents(
    account.id,
    account.contactVersion ?? 0,
    [
      {
        type: 'account.contact-changed',
        payload: { accountId: account.id, role: account.role, email, locale: account.locale ?? 'en' },
      },
    ],
    now,
    trace,
  );
  await tx.outbox.append(TOPICS.account, envelopes);
  return tx.accounts.save({ ...account, contactVersion: lastVersion });
}
