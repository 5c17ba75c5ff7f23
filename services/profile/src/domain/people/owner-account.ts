import type { Actor } from '@jisr/auth';
import type { Account } from '../accounts/account';
import { profileNotFound } from '../profile-errors';
import type { ProfileTx } from '../profile-store.port';
import { assertHoldsKind, assertOwnerOrCouncil } from './access';

/**
 * The account behind a profile id, checked for the actor: owner or council, the right role, and
 * not erased. An owner whose account was deactivated or erased cannot write with a token still
 * alive from before.
 */
export async function ownerAccount(
  tx: ProfileTx,
  actor: Actor,
  id: string,
  kind: 'startup' | 'advisor',
): Promise<Account> {
  assertOwnerOrCouncil(actor, id);
  const account = await tx.accounts.get(id);
  if (account === null || account.status === 'erased') throw profileNotFound();
  if (actor.role !== 'council' && account.status !== 'active') throw profileNotFound();
  assertHoldsKind(account.role, kind);
  return account;
}
