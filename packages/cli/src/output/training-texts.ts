import type { Locale } from '@jisr/contracts';

/** What `jisr training` prints, in the three languages Jisr speaks. */
const EN = {
  registered: (id: string) => `Registered for ${id}.`,
  cancelled: (id: string) => `Registration for ${id} cancelled; the seat is free again.`,
  checkedIn: (id: string) => `Checked in to ${id}.`,
  marked: (count: number, id: string) => `${count} startup(s) marked attended at ${id}.`,
  code: (code: string, until: string) => `Check-in code: ${code} (valid until ${until})`,
  certificate: (code: string, url: string) => `Certificate ${code} — verify at ${url}`,
  notInProgramme: 'You are not placed in a programme yet.',
  ambiguous: (id: string) => `Several programmes have a session ${id}; add --programme <id>.`,
  unknown: (id: string) => `No session ${id} among yours.`,
  h: {
    phase: 'Phase',
    session: 'Session',
    title: 'Title',
    starts: 'Starts',
    centre: 'Centre',
    seats: 'Seats',
    you: 'You',
    attended: 'Attended',
    startup: 'Startup',
    name: 'Name',
  },
  yes: 'yes',
  no: 'no',
  state: { registered: 'registered', attended: 'attended', open: '—' },
};
type TrainingTexts = typeof EN;

const AR: TrainingTexts = {
  registered: (id) => `تم تسجيلك في ${id}.`,
  cancelled: (id) => `أُلغي تسجيلك في ${id}؛ أصبح المقعد متاحًا.`,
  checkedIn: (id) => `سُجّل حضورك في ${id}.`,
  marked: (count, id) => `عُلّم حضور ${count} من الشركات الناشئة في ${id}.`,
  code: (code, until) => `رمز تسجيل الحضور: ${code} (صالح حتى ${until})`,
  certificate: (code, url) => `الشهادة ${code} — للتحقق: ${url}`,
  notInProgramme: 'لم تُلحق ببرنامج بعد.',
  ambiguous: (id) => `توجد جلسة ${id} في أكثر من برنامج؛ أضف --programme <id>.`,
  unknown: (id) => `لا توجد جلسة ${id} ضمن جلساتك.`,
  h: {
    phase: 'المرحلة',
    session: 'الجلسة',
    title: 'العنوان',
    starts: 'تبدأ',
    centre: 'المركز',
    seats: 'المقاعد',
    you: 'أنت',
    attended: 'الحضور',
    startup: 'الشركة الناشئة',
    name: 'الاسم',
  },
  yes: 'نعم',
  no: 'لا',
  state: { registered: 'مسجّل', attended: 'حاضر', open: '—' },
};

const TR: TrainingTexts = {
  registered: (id) => `${id} oturumuna kaydoldunuz.`,
  cancelled: (id) => `${id} kaydınız iptal edildi; yer yeniden boş.`,
  checkedIn: (id) => `${id} oturumuna katılımınız kaydedildi.`,
  marked: (count, id) => `${id} oturumunda ${count} girişim katıldı olarak işaretlendi.`,
  code: (code, until) => `Katılım kodu: ${code} (${until} saatine kadar geçerli)`,
  certificate: (code, url) => `Sertifika ${code} — doğrulama: ${url}`,
  notInProgramme: 'Henüz bir programa yerleştirilmediniz.',
  ambiguous: (id) => `Birden çok programda ${id} oturumu var; --programme <id> ekleyin.`,
  unknown: (id) => `Oturumlarınız arasında ${id} yok.`,
  h: {
    phase: 'Aşama',
    session: 'Oturum',
    title: 'Başlık',
    starts: 'Başlangıç',
    centre: 'Merkez',
    seats: 'Yerler',
    you: 'Siz',
    attended: 'Katıldı',
    startup: 'Girişim',
    name: 'Ad',
  },
  yes: 'evet',
  no: 'hayır',
  state: { registered: 'kayıtlı', attended: 'katıldı', open: '—' },
};

const BY_LOCALE: Record<Locale, TrainingTexts> = { en: EN, ar: AR, tr: TR };
export const trainingTextsFor = (lang: Locale): TrainingTexts => BY_LOCALE[lang];
