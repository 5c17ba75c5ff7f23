import type { Actor } from '@jisr/auth';
import { forbidden } from '@jisr/errors';
import type { MessagingContext } from '../messaging-context';
import { unsubscribeKey } from './mail-key';
import {
  choicesOf,
  withChoices,
  type MailChoices,
  type MailDelivery,
  type MailKind,
} from './mail-preferences';
import { verifyUnsubscribe } from './unsubscribe-token';

const partyOnly = (actor: Actor): void => {
  // The council receives none of these emails, so it has nothing to choose.
  if (actor.role === 'council') {
    throw forbidden('MAIL.PARTIES_ONLY', 'Only startups and advisors receive notification emails.');
  }
};

export function mailPreferencesOf(ctx: MessagingContext, actor: Actor): Promise<MailChoices> {
  partyOnly(actor);
  return ctx.store.transaction(async (tx) => choicesOf(await tx.mailPreferences.get(actor.sub)));
}

export function changeMailPreferences(
  ctx: MessagingContext,
  actor: Actor,
  changes: Partial<Record<MailKind, MailDelivery>>,
): Promise<MailChoices> {
  partyOnly(actor);
  return ctx.store.transaction(async (tx) => {
    const stored = await tx.mailPreferences.get(actor.sub);
    const saved = await tx.mailPreferences.save(withChoices(actor.sub, stored, changes, ctx.clock.now()));
    return saved.choices;
  });
}

/** One-click unsubscribe: the signed link alone (no session) turns one kind off for its owner. */
export function unsubscribe(
  ctx: MessagingContext,
  token: string,
): Promise<{ kinds: MailKind[]; delivery: 'never' }> {
  return ctx.store.transaction(async (tx) => {
    const claim = verifyUnsubscribe(await unsubscribeKey(tx), token);
    if (claim === null) {
      throw forbidden('MAIL.UNSUBSCRIBE_LINK_INVALID', 'This unsubscribe link is not valid.');
    }
    const stored = await tx.mailPreferences.get(claim.accountId);
    const changes = Object.fromEntries(claim.kinds.map((kind) => [kind, 'never' as const]));
    await tx.mailPreferences.save(withChoices(claim.accountId, stored, changes, ctx.clock.now()));
    return { kinds: [...claim.kinds], delivery: 'never' };
  });
}
