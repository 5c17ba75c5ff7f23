import type { LocalizedText } from '@jisr/contracts';

type MeetingKind =
  | 'meeting.scheduled'
  | 'meeting.rescheduled'
  | 'meeting.proposed'
  | 'meeting.cancelled'
  | 'meeting.reminder'
  | 'meeting.recorded';

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** "in 1 hour, at 13:00 your time": the wall time is already in the reader's own zone. */
const reminder = (p: Readonly<Record<string, number>>): LocalizedText => {
  const hours = p['hours'] ?? 24;
  const at = `${twoDigits(p['localHour'] ?? 0)}:${twoDigits(p['localMinute'] ?? 0)}`;
  return hours === 1
    ? {
        ar: `يبدأ اجتماعك بعد ساعة واحدة، في ${at} بتوقيتك.`,
        tr: `Toplantınız bir saat sonra başlıyor (sizin saatinizle ${at}).`,
        en: `Your meeting starts in 1 hour, at ${at} your time.`,
      }
    : {
        ar: `يبدأ اجتماعك بعد ${hours} ساعة، في ${at} بتوقيتك.`,
        tr: `Toplantınız ${hours} saat sonra başlıyor (sizin saatinizle ${at}).`,
        en: `Your meeting starts in ${hours} hours, at ${at} your time.`,
      };
};

/** Notification texts about meetings, in every language; the reader's app shows their own. */
export const MEETING_TEXTS: Record<MeetingKind, (p: Readonly<Record<string, number>>) => LocalizedText> = {
  'meeting.scheduled': () => ({
    ar: 'حُجز اجتماع جديد. أضِفه إلى تقويمك.',
    tr: 'Yeni bir toplantı planlandı. Takviminize ekleyin.',
    en: 'A new meeting was booked. Add it to your calendar.',
  }),
  'meeting.rescheduled': () => ({
    ar: 'تغيّر موعد اجتماع. حدِّث تقويمك.',
    tr: 'Bir toplantının saati değişti. Takviminizi güncelleyin.',
    en: 'A meeting was moved to another time. Update your calendar.',
  }),
  'meeting.proposed': () => ({
    ar: 'اقترح المستشار مواعيد أخرى لاجتماعكما.',
    tr: 'Danışman toplantınız için başka saatler önerdi.',
    en: 'The advisor proposed other times for your meeting.',
  }),
  'meeting.cancelled': () => ({
    ar: 'أُلغي اجتماع.',
    tr: 'Bir toplantı iptal edildi.',
    en: 'A meeting was cancelled.',
  }),
  'meeting.reminder': reminder,
  'meeting.recorded': () => ({
    ar: 'سُجِّلت نتيجة اجتماع مع ملاحظة.',
    tr: 'Bir toplantının sonucu bir notla kaydedildi.',
    en: 'The outcome of a meeting was recorded with a note.',
  }),
};
