import type { Locale } from '@jisr/contracts';

/** What the meeting commands print, in the three languages Jisr speaks. */
const EN = {
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  availability: (zone: string, minutes: number, buffer: number, notice: number, horizon: number) =>
    `Office hours in ${zone}: ${minutes}-minute meetings, ${buffer} min buffer, ${notice} h notice, booked up to ${horizon} days ahead.`,
  noHours: 'No weekly office hours yet. Set them with: jisr availability --file <hours.json>',
  saved: 'Office hours saved.',
  day: 'Day',
  hours: 'Hours',
  startup: 'Startup time',
  advisor: 'Advisor time',
  noSlots: 'No free slots in this period.',
  booked: (id: string, at: string) =>
    `Meeting ${id} booked for ${at}. Invite: jisr meetings --json (invite link).`,
  noMeetings: 'No upcoming meetings.',
  status: 'Status',
  place: 'Place',
  id: 'Meeting',
};
type MeetingTexts = typeof EN;

const AR: MeetingTexts = {
  weekdays: ['الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
  availability: (zone, minutes, buffer, notice, horizon) =>
    `ساعات العمل بتوقيت ${zone}: اجتماعات مدتها ${minutes} دقيقة، وفاصل ${buffer} دقيقة، وإشعار مسبق ${notice} ساعة، والحجز حتى ${horizon} يومًا مقدمًا.`,
  noHours: 'لا توجد ساعات عمل أسبوعية بعد. حدّدها بالأمر: jisr availability --file <hours.json>',
  saved: 'حُفظت ساعات العمل.',
  day: 'اليوم',
  hours: 'الساعات',
  startup: 'توقيت الشركة الناشئة',
  advisor: 'توقيت المستشار',
  noSlots: 'لا توجد مواعيد متاحة في هذه الفترة.',
  booked: (id, at) => `حُجز الاجتماع ${id} في ${at}. الدعوة: jisr meetings --json (رابط الدعوة).`,
  noMeetings: 'لا توجد اجتماعات قادمة.',
  status: 'الحالة',
  place: 'المكان',
  id: 'الاجتماع',
};

const TR: MeetingTexts = {
  weekdays: ['Pzt', 'Sal', 'Çar', 'Per', 'Cum', 'Cmt', 'Paz'],
  availability: (zone, minutes, buffer, notice, horizon) =>
    `${zone} saatiyle görüşme saatleri: ${minutes} dakikalık toplantılar, ${buffer} dk ara, ${notice} sa önceden haber, ${horizon} gün sonrasına kadar rezervasyon.`,
  noHours: 'Henüz haftalık görüşme saati yok. Şununla ayarlayın: jisr availability --file <hours.json>',
  saved: 'Görüşme saatleri kaydedildi.',
  day: 'Gün',
  hours: 'Saatler',
  startup: 'Girişim saati',
  advisor: 'Danışman saati',
  noSlots: 'Bu dönemde boş zaman yok.',
  booked: (id, at) => `${id} toplantısı ${at} için ayrıldı. Davet: jisr meetings --json (davet bağlantısı).`,
  noMeetings: 'Yaklaşan toplantı yok.',
  status: 'Durum',
  place: 'Yer',
  id: 'Toplantı',
};

const BY_LOCALE: Record<Locale, MeetingTexts> = { en: EN, ar: AR, tr: TR };
export const meetingTextsFor = (locale: Locale): MeetingTexts => BY_LOCALE[locale];

/** `2025-03-04T13:00:00+02:00` → `2025-03-04 13:00 (+02:00)`: the wall time as its owner reads it. */
export const wallTime = (local: string): string => {
  const match = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.exec(local);
  return match === null ? local : `${match[1]} ${match[2]} (${match[3] === 'Z' ? 'UTC' : match[3]})`;
};
