import type { MessagingTx } from '../messaging-store.port';
import { notificationText } from '../notification/notification-texts';
import { participantsOf } from '../people/participant';
import type { MailItem } from './mail-batch';
import { say, type MailPiece, type Reader } from './mail-content';
import { mailKindOf, type MailKind } from './mail-preferences';

const SHOWN_MESSAGES = 5;
const EXCERPT = 300;

const excerpt = (text: string): string => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

/** A conversation's hour of new messages in one email: who wrote, how many, the latest few. */
export async function conversationPiece(
  tx: MessagingTx,
  reader: Reader,
  threadId: string,
  count: number,
): Promise<MailPiece | null> {
  const thread = await tx.threads.get(threadId);
  if (thread === null) return null;
  const latest = (await tx.messages.page(threadId, null, SHOWN_MESSAGES + 10)).filter(
    (m) => m.senderId !== null && m.senderId !== reader.userId,
  );
  const shown = latest.slice(0, Math.min(SHOWN_MESSAGES, count)).reverse();
  const parties = await participantsOf(tx, thread);
  const senderParty = thread.startupId === reader.userId ? 'advisor' : 'startup';
  const sender = parties[senderParty].name?.[reader.locale] ?? say(reader, 'someone');
  const more = count - shown.length;
  return {
    kind: 'message-digest',
    subject: say(reader, 'digestSubject', { count: String(count), sender }),
    paragraphs: [
      say(reader, 'digestLead', { sender }),
      ...shown.map((m) => excerpt(m.body)),
      ...(more > 0 ? [say(reader, 'digestMore', { more: String(more) })] : []),
    ],
    action: { label: say(reader, 'openConversation'), path: `/threads/${threadId}` },
  };
}

/** Everything a person chose to read once a day: one line per update, in their language. */
export function dailyPiece(reader: Reader, all: readonly MailItem[]): MailPiece & { kinds: MailKind[] } {
  // A busy conversation is one line, not one per message.
  const threads = new Set<string>();
  const items = all.filter((item) => {
    if (item.kind !== 'message.received' || item.threadId === null) return true;
    if (threads.has(item.threadId)) return false;
    threads.add(item.threadId);
    return true;
  });
  const kinds = [...new Set(items.map((i) => mailKindOf(i.kind)).filter((k): k is MailKind => k !== null))];
  return {
    kind: kinds[0] ?? 'decision',
    kinds,
    subject: say(reader, 'dailySubject', { count: String(items.length) }),
    paragraphs: [
      say(reader, 'dailyLead'),
      ...items.map((item) => `• ${notificationText(item)[reader.locale]}`),
    ],
    action: { label: say(reader, 'openJisr'), path: '/' },
  };
}
