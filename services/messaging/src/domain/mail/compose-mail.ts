import { renderEmail, type MailMessage } from '@jisr/mail';
import type { MessagingTx } from '../messaging-store.port';
import { conversationPiece, dailyPiece } from './digest-content';
import type { MailBatch } from './mail-batch';
import { pieceOf, say, type MailPiece, type Reader } from './mail-content';
import { unsubscribeKey } from './mail-key';
import { choicesOf, mailKindOf, type MailKind } from './mail-preferences';
import { timeZoneOf } from './queue-mail';
import { signUnsubscribe } from './unsubscribe-token';

/** Where links in mail point: the web app people read Jisr in, and messaging's one-click unsubscribe. */
export interface MailLinks {
  readonly webUrl: string;
  readonly unsubscribeUrl: string;
}

/** The web app page where a person chooses what Jisr emails them. */
export const SETTINGS_PATH = '/notification-settings';

async function pieceFor(
  tx: MessagingTx,
  reader: Reader,
  batch: MailBatch,
  items: MailBatch['items'],
): Promise<(MailPiece & { kinds?: MailKind[] }) | null> {
  const first = items[0];
  if (first === undefined) return null;
  if (batch.mode === 'daily') return dailyPiece(reader, items);
  if (batch.mode === 'conversation' && first.threadId !== null) {
    return conversationPiece(tx, reader, first.threadId, batch.count);
  }
  return pieceOf(tx, reader, first);
}

/**
 * The email a due batch becomes, in the recipient's language, with RFC 8058 one-click unsubscribe
 * headers for the kinds it tells of; null when there is nothing left to send (no address any more,
 * every kind switched off meanwhile, or its subject erased).
 */
export async function composeBatch(
  tx: MessagingTx,
  batch: MailBatch,
  links: MailLinks,
): Promise<{ key: string; message: MailMessage } | null> {
  const recipient = await tx.mailRecipients.get(batch.userId);
  if (recipient === null || recipient.email === null) return null;
  const choices = choicesOf(await tx.mailPreferences.get(batch.userId));
  const items = batch.items.filter((item) => {
    const kind = mailKindOf(item.kind);
    return kind !== null && choices[kind] !== 'never';
  });
  const reader: Reader = {
    userId: batch.userId,
    locale: recipient.locale,
    timeZone: await timeZoneOf(tx, batch.userId),
  };
  const piece = await pieceFor(tx, reader, batch, items);
  if (piece === null) return null;
  const kinds = piece.kinds ?? [piece.kind];
  const token = signUnsubscribe(await unsubscribeKey(tx), { accountId: batch.userId, kinds });
  const unsubscribe = new URL(`/v1/unsubscribe/${token}`, links.unsubscribeUrl).toString();
  const rendered = renderEmail({
    language: reader.locale,
    title: piece.subject,
    paragraphs: piece.paragraphs,
    action: { label: piece.action.label, url: new URL(piece.action.path, links.webUrl).toString() },
    footer: [
      say(reader, 'footerWhy'),
      say(reader, 'footerSettings', { url: new URL(SETTINGS_PATH, links.webUrl).toString() }),
    ],
  });
  return {
    key: `notification-mail:${batch.id}:${batch.openedAt}`,
    message: {
      to: recipient.email,
      subject: piece.subject,
      html: rendered.html,
      text: rendered.text,
      language: reader.locale,
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
      ...(piece.calendar === undefined ? {} : { calendar: piece.calendar }),
    },
  };
}
