import type { Locale } from '@jisr/contracts';
import type { ProfileContext } from '../profile-context';
import type { ProfileTx } from '../profile-store.port';
import type { Account } from './account';
import { accountMail } from './account-mail';
import type { AccountMailKind } from './account-mail-texts';
import { newEmailToken, type EmailToken, type EmailTokenPurpose } from './account-token';

/** The language of account mail: the one stored at sign-up, else the one of the request. */
export const localeOf = (account: Account, fallback: Locale): Locale => account.locale ?? fallback;

/**
 * Issues a link of `purpose` for the account (earlier unspent links of that purpose stop working)
 * and queues its email in the same transaction; the token's hash is the mail's cause.
 */
export async function sendLink(
  ctx: ProfileContext,
  tx: ProfileTx,
  input: { account: Account; purpose: EmailTokenPurpose; kind: AccountMailKind; to: string; locale: Locale },
): Promise<void> {
  const now = ctx.clock.now();
  await spendLinks(tx, input.account.id, input.purpose, now);
  const { token, record } = newEmailToken(
    { accountId: input.account.id, purpose: input.purpose, email: input.to },
    now,
  );
  await tx.emailTokens.save(record);
  await tx.mail.enqueue(
    `${input.kind}:${record.id}`,
    accountMail({ kind: input.kind, to: input.to, locale: input.locale, webUrl: ctx.settings.webUrl, token }),
  );
}

/** A notice without a link-token (someone tried to register, the address is changing); `cause` keys it. */
export async function sendNotice(
  ctx: ProfileContext,
  tx: ProfileTx,
  input: { cause: string; kind: AccountMailKind; to: string; locale: Locale },
): Promise<void> {
  await tx.mail.enqueue(
    `${input.kind}:${input.cause}`,
    accountMail({ kind: input.kind, to: input.to, locale: input.locale, webUrl: ctx.settings.webUrl }),
  );
}

/** Marks every unspent link of `purpose` used, so only the newest (or none, after success) works. */
export async function spendLinks(
  tx: ProfileTx,
  accountId: string,
  purpose: EmailTokenPurpose,
  now: Date,
): Promise<void> {
  for (const live of await tx.emailTokens.liveOf(accountId, purpose))
    await tx.emailTokens.save({ ...live, usedAt: now.toISOString() } satisfies EmailToken);
}
