import type { Locale } from '@jisr/contracts';
import { fillText, renderEmail, type MailMessage } from '@jisr/mail';
import { ACCOUNT_MAIL_TEXTS, type AccountMailKind } from './account-mail-texts';
import { EMAIL_TOKEN_TTL_MS, type EmailTokenPurpose } from './account-token';

/** Where each kind's button leads in the web app, and which link's lifetime its text names. */
const LINKS: Readonly<Record<AccountMailKind, { page: string; purpose: EmailTokenPurpose | null }>> = {
  verify: { page: '/verify-email', purpose: 'verify-email' },
  alreadyRegistered: { page: '/forgot-password', purpose: null },
  reset: { page: '/reset-password', purpose: 'reset-password' },
  confirmNewEmail: { page: '/verify-email', purpose: 'change-email' },
  emailChanged: { page: '/forgot-password', purpose: null },
};

export interface AccountMailInput {
  readonly kind: AccountMailKind;
  readonly to: string;
  readonly locale: Locale;
  /** The web app's public address (`PUBLIC_WEB_URL`). */
  readonly webUrl: string;
  /** The link's token, for kinds that carry one. */
  readonly token?: string;
}

/** One account email, rendered in the recipient's language with its link. */
export const accountMail = (input: AccountMailInput): MailMessage => {
  const texts = ACCOUNT_MAIL_TEXTS[input.locale];
  const { page, purpose } = LINKS[input.kind];
  const url = new URL(page, input.webUrl);
  if (input.token !== undefined) url.searchParams.set('token', input.token);
  url.searchParams.set('lang', input.locale);
  const hours = purpose === null ? '' : String(EMAIL_TOKEN_TTL_MS[purpose] / 3600_000);
  const subject = texts[`${input.kind}.subject`];
  const rendered = renderEmail({
    language: input.locale,
    title: subject,
    paragraphs: [fillText(texts[`${input.kind}.body`], { hours })],
    action: { label: texts[`${input.kind}.action`], url: url.toString() },
    footer: [texts[`${input.kind}.footer`]],
  });
  return { to: input.to, subject, language: input.locale, ...rendered };
};
