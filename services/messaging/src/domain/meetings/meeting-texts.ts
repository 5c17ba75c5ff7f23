import type { LocalizedText } from '@jisr/contracts';

type MeetingKind =
  | 'meeting.scheduled'
  | 'meeting.rescheduled'
  | 'meeting.proposed'
  | 'meeting.cancelled'
  | 'meeting.reminder'
  | 'meeting.recorded';

const reminder = (hours: number): LocalizedText =>
  hours === 1
    ? {
        ar: 'يبدأ اجتماعك بعد ساعة واحدة.',
        tr: 'Toplantınız bir saat sonra başlıyor.',
        en: 'Your meeting starts in 1 hour.',
      }
    : {
        ar: `يبدأ اجتماعك بعد ${hours} ساعة.`,
        tr: `Toplantınız ${hours} saat sonra başlıyor.`,
        en: `Your meeting starts in ${hours} hours.`,
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
  'meeting.reminder': (p) => reminder(p['hours'] ?? 24),
  'meeting.recorded': () => ({
    ar: 'سُجِّلت نتيجة اجتماع مع ملاحظة.',
    tr: 'Bir toplantının sonucu bir notla kaydedildi.',
    en: 'The outcome of a meeting was recorded with a note.',
  }),
};
