import type { Actor } from '@jisr/auth';
import { isAppError } from '@jisr/errors';
import type { ProfileContext } from '../profile-context';
import { recordAction } from '../audit/record-staff-action';
import { accountNotFound, emailTaken, invalidEmailToken, notForYourRole } from '../profile-errors';
import { emailKeyOf, type Account } from './account';
import { spendLinks } from './account-links';
import { publishContact } from './contact-events';
import { emailTokenId, usable } from './account-token';

export interface VerifiedEmail {
  readonly email: string;
  /** `verify-email` after sign-up, `change-email` when the link confirmed a new address. */
  readonly purpose: 'verify-email' | 'change-email';
}

/**
 * Spends an emailed verification link: after sign-up it marks the address verified; after an
 * email change it moves the account to the new address. Unknown, spent, expired links and links
 * for another purpose or an address the account no longer has get one answer.
 */
export async function verifyEmail(ctx: ProfileContext, token: string): Promise<VerifiedEmail> {
  const now = ctx.clock.now();
  try {
    return await ctx.store.transaction(async (tx) => {
      const record = await tx.emailTokens.get(emailTokenId(token));
      const purpose = usable(record, 'verify-email', now)
        ? 'verify-email'
        : usable(record, 'change-email', now)
          ? 'change-email'
          : null;
      if (record === null || purpose === null) throw invalidEmailToken();
      const account = await tx.accounts.get(record.accountId);
      if (account === null || account.status === 'erased') throw invalidEmailToken();
      if (purpose === 'verify-email' && account.email !== record.email) throw invalidEmailToken();
      const changed: Account = {
        ...account,
        email: record.email,
        emailKey: emailKeyOf(record.email),
        emailVerifiedAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      await publishContact(tx, await tx.accounts.save(changed), now);
      await spendLinks(tx, account.id, purpose, now);
      return { email: record.email, purpose };
    });
  } catch (error) {
    // The new address was taken by someone else since the link was sent.
    if (isAppError(error) && error.code === 'STORAGE.DUPLICATE') throw emailTaken();
    throw error;
  }
}

/** The council confirms an address it checked itself (an intake interview, the demo seed). */
export async function confirmEmailByCouncil(
  ctx: ProfileContext,
  actor: Actor,
  accountId: string,
): Promise<void> {
  if (actor.role !== 'council') throw notForYourRole();
  const now = ctx.clock.now().toISOString();
  await ctx.store.transaction(async (tx) => {
    const account = await tx.accounts.get(accountId);
    if (account === null || account.status === 'erased') throw accountNotFound();
    if (account.emailVerifiedAt !== null) return;
    const confirmed = { ...account, emailVerifiedAt: now, updatedAt: now };
    const target = { type: 'account', id: accountId };
    await recordAction(
      tx,
      actor,
      { action: 'account.email-confirm', target, before: account, after: confirmed },
      new Date(now),
    );
    await tx.accounts.save(confirmed);
  });
}
