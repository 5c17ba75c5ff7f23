import type { Locale } from '@jisr/contracts';
import { fillText, type MailTexts } from '@jisr/mail';
import { meetingInvite } from '../meetings/calendar-invite';
import type { MessagingTx } from '../messaging-store.port';
import { notificationText } from '../notification/notification-texts';
import { participantsOf } from '../people/participant';
import type { MailItem } from './mail-batch';
import { mailKindOf, type MailKind } from './mail-preferences';
import { AR } from './texts/ar';
import { EN, type MailTextKey } from './texts/en';
import { TR } from './texts/tr';

export const MAIL_TEXTS: MailTexts<MailTextKey> = { en: EN, ar: AR, tr: TR };

/** What one email says, before the layout: plain text everywhere (the renderer escapes it). */
export interface MailPiece {
  readonly kind: MailKind;
  readonly subject: string;
  readonly paragraphs: readonly string[];
  readonly action: { readonly label: string; readonly path: string };
  readonly calendar?: { readonly method: 'REQUEST' | 'CANCEL'; readonly content: string };
}

/** The reader's language and clock: every date is shown in their own zone. */
export interface Reader {
  readonly userId: string;
  readonly locale: Locale;
  readonly timeZone: string;
}

const TAGS: Record<Locale, string> = { ar: 'ar-LY', tr: 'tr-TR', en: 'en-GB' };

export const say = (reader: Reader, key: MailTextKey, values: Record<string, string> = {}): string =>
  fillText(MAIL_TEXTS[reader.locale][key], values);

export const when = (reader: Reader, iso: string): string =>
  new Intl.DateTimeFormat(TAGS[reader.locale], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: reader.timeZone,
  }).format(new Date(iso));

/** Both parties' names in the reader's language; "a Jisr member" until profile has told us. */
async function namesOf(tx: MessagingTx, reader: Reader, ids: { startupId: string; advisorId: string }) {
  const parties = await participantsOf(tx, ids);
  const name = (party: 'startup' | 'advisor') =>
    parties[party].name?.[reader.locale] ?? say(reader, 'someone');
  return { startup: name('startup'), advisor: name('advisor') };
}

/** The email for one notification about an introduction or a meeting; null when its subject is gone. */
export async function pieceOf(tx: MessagingTx, reader: Reader, item: MailItem): Promise<MailPiece | null> {
  const kind = mailKindOf(item.kind);
  if (kind === null || kind === 'message-digest') return null;
  if (kind === 'meeting') return meetingPiece(tx, reader, item);
  const intro = item.introductionId === null ? null : await tx.introductions.get(item.introductionId);
  if (intro === null) return null;
  const names = await namesOf(tx, reader, intro);
  const deadline =
    intro.deadlineAt === null
      ? []
      : [say(reader, 'requestDeadline', { deadline: when(reader, intro.deadlineAt) })];
  if (kind === 'introduction-request' || kind === 'deadline-reminder') {
    const request = kind === 'introduction-request';
    return {
      kind,
      subject: say(reader, request ? 'requestSubject' : 'reminderSubject', names),
      paragraphs: [
        say(reader, request ? 'requestLead' : 'reminderLead', names),
        ...(request && intro.note !== '' ? [say(reader, 'requestNote', { note: intro.note })] : []),
        ...deadline,
      ],
      action: { label: say(reader, 'openRequest'), path: '/inbox' },
    };
  }
  const question = item.kind === 'introduction.info-requested' ? intro.info.at(-1)?.question : undefined;
  return {
    kind,
    subject: say(reader, 'decisionSubject', names),
    paragraphs: [
      notificationText(item)[reader.locale],
      ...(question ? [say(reader, 'decisionQuestion', { question })] : []),
    ],
    action: { label: say(reader, 'openRequests'), path: '/requests' },
  };
}

async function meetingPiece(tx: MessagingTx, reader: Reader, item: MailItem): Promise<MailPiece | null> {
  const meeting = item.meetingId === null ? null : await tx.meetings.get(item.meetingId);
  if (meeting === null) return null;
  const names = await namesOf(tx, reader, meeting);
  const other = reader.userId === meeting.advisorId ? names.startup : names.advisor;
  const at = when(reader, meeting.startsAt);
  const place = meeting.place.kind === 'centre' ? meeting.place.centre : meeting.place.url;
  return {
    kind: 'meeting',
    subject: say(reader, 'meetingSubject', { other, when: at }),
    paragraphs: [
      notificationText(item)[reader.locale],
      say(reader, 'meetingWhen', { when: at }),
      say(reader, 'meetingWhere', { place }),
      say(reader, 'meetingInvite'),
    ],
    action: { label: say(reader, 'openMeetings'), path: '/meetings' },
    calendar: {
      method: meeting.status === 'cancelled' ? 'CANCEL' : 'REQUEST',
      content: meetingInvite(meeting, reader.locale),
    },
  };
}
