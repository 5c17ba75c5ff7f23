import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { AppError } from '@jisr/errors';
import type { MailLanguage } from './mail.port';

/** The content of one email; every string is plain text (user text included) and is escaped on render. */
export interface EmailContent {
  readonly language: MailLanguage;
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** The one thing to do, as a button in HTML and a bare link in text. */
  readonly action?: { readonly label: string; readonly url: string };
  /** Small print under a rule, e.g. "you get this because…" or an unsubscribe line. */
  readonly footer?: readonly string[];
}

export interface RenderedEmail {
  readonly html: string;
  readonly text: string;
}

const directionOf = (language: MailLanguage): 'rtl' | 'ltr' => (language === 'ar' ? 'rtl' : 'ltr');

/** Only web links go into mail: a `javascript:` or `data:` URL must never become a button. */
const checkedUrl = (url: string): string => {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new AppError('MAIL.INVALID_LINK', `Mail links must be http(s), not ${parsed.protocol}`);
  }
  return parsed.toString();
};

const button = (label: string, url: string): ReactNode =>
  h(
    'p',
    { style: { margin: '24px 0' } },
    h(
      'a',
      {
        href: url,
        style: {
          background: '#0b6e4f',
          color: '#ffffff',
          padding: '12px 20px',
          borderRadius: '6px',
          textDecoration: 'none',
          display: 'inline-block',
        },
      },
      label,
    ),
  );

/**
 * Renders an email's HTML (with `lang` and `dir`, so Arabic reads right-to-left in every client)
 * and its plain-text twin. React's server renderer escapes every string, so a name like
 * `<script>` arrives as text.
 */
export const renderEmail = (content: EmailContent): RenderedEmail => {
  const dir = directionOf(content.language);
  const url = content.action ? checkedUrl(content.action.url) : undefined;
  const body = h(
    'body',
    {
      dir,
      style: {
        fontFamily: 'Tahoma, Arial, sans-serif',
        color: '#1d2327',
        textAlign: dir === 'rtl' ? 'right' : 'left',
      },
    },
    h(
      'div',
      { dir, style: { maxWidth: '560px', margin: '0 auto', padding: '24px' } },
      h('h1', { style: { fontSize: '20px' } }, content.title),
      ...content.paragraphs.map((paragraph, index) => h('p', { key: index }, paragraph)),
      content.action && url ? button(content.action.label, url) : null,
      content.action && url ? h('p', { style: { fontSize: '12px', wordBreak: 'break-all' } }, url) : null,
      ...(content.footer?.length
        ? [
            h('hr', { key: 'rule' }),
            ...content.footer.map((line, index) =>
              h('p', { key: `f${index}`, style: { fontSize: '12px', color: '#646970' } }, line),
            ),
          ]
        : []),
    ),
  );
  const document = h(
    'html',
    { lang: content.language, dir },
    h('head', null, h('meta', { charSet: 'utf-8' }), h('title', null, content.title)),
    body,
  );
  const html = `<!DOCTYPE html>${renderToStaticMarkup(document)}`;
  const text = [
    content.title,
    '',
    ...content.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(content.action && url ? [`${content.action.label}: ${url}`, ''] : []),
    ...(content.footer?.length ? ['--', ...content.footer] : []),
  ].join('\n');
  return { html, text: text.trimEnd() + '\n' };
};
