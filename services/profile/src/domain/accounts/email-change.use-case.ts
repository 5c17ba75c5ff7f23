import type { Actor } from '@jisr/auth';
import type { Locale } from '@jisr/contracts';
import type { ProfileContext } from '../profile-context';
import { accountNotFound, wrongCurrentPassword } from '../profile-errors';
import { emailKeyOf, registrationReceipt, type RegistrationReceipt } from './account';
import { localeOf, sendLink, sendNotice } from './account-links';

/**
 * A signed-in person asks to move their account to another address (password required): the new
 * address gets a confirmation link, the old one a notice. The account keeps the old address until
 * the link is opened. A new address that already has an account gets no link, and the answer is
 * the same, so this cannot probe for accounts.
 */
export async function requestEmailChange(
  ctx: ProfileContext,
  actor: Actor,
  body: { newEmail: string; password: string },
  locale: Locale,
): Promise<RegistrationReceipt> {
  const account = await ctx.store.transaction((tx) => tx.accounts.get(actor.sub));
  if (account === null || account.status !== 'active' || account.email === null) throw accountNotFound();
  if (!(await ctx.passwords.verify(body.password, account.passwordHash, 'login')))
    throw wrongCurrentPassword();
  const newEmail = body.newEmail.trim();
  await ctx.store.transaction(async (tx) => {
    const language = localeOf(account, locale);
    const taken = await tx.accounts.byEmailKey(emailKeyOf(newEmail));
    if (taken === null)
      await sendLink(ctx, tx, {
        account,
        purpose: 'change-email',
        kind: 'confirmNewEmail',
        to: newEmail,
        locale: language,
      });
    if (taken?.id === account.id) return;
    await sendNotice(ctx, tx, {
      cause: `${account.id}:${ctx.clock.now().getTime()}`,
      kind: 'emailChanged',
      to: account.email ?? '',
      locale: language,
    });
  });
  return registrationReceipt(newEmail);
}
