import type { Locale } from '@jisr/contracts';

/** What `jisr milestones` and `jisr outcomes` print, in the three languages Jisr speaks. */
const EN = {
  reached: (id: string) =>
    `Milestone ${id} marked reached; your mentor or centre coordinator will confirm it.`,
  confirmed: (id: string) => `Milestone ${id} confirmed.`,
  sentBack: (id: string) => `Milestone ${id} sent back to the startup.`,
  reported: (quarter: string, revision: number) => `Check-in for ${quarter} saved (revision ${revision}).`,
  due: (quarter: string) => `The check-in for ${quarter} is missing: jisr outcomes report ${quarter} …`,
  h: {
    phase: 'Phase',
    milestone: 'Milestone',
    state: 'State',
    startup: 'Startup',
    cohort: 'Cohort',
    reached: 'Reached',
    confirmed: 'Confirmed',
    quarter: 'Quarter',
    employees: 'Staff',
    women: 'Women',
    youth: 'Youth',
    revenue: 'Revenue',
    invested: 'Invested (USD)',
    revisions: 'Revisions',
  },
  open: 'open',
};
type ProgressTexts = typeof EN;

const AR: ProgressTexts = {
  reached: (id) => `عُلّم الإنجاز ${id} كمتحقق؛ سيؤكده مرشدك أو منسّق مركزك.`,
  confirmed: (id) => `تم تأكيد الإنجاز ${id}.`,
  sentBack: (id) => `أُعيد الإنجاز ${id} إلى الشركة الناشئة.`,
  reported: (quarter, revision) => `حُفظ التقرير الفصلي عن ${quarter} (النسخة ${revision}).`,
  due: (quarter) => `التقرير الفصلي عن ${quarter} ناقص: jisr outcomes report ${quarter} …`,
  h: {
    phase: 'المرحلة',
    milestone: 'الإنجاز',
    state: 'الحالة',
    startup: 'الشركة الناشئة',
    cohort: 'الدفعة',
    reached: 'متحقق',
    confirmed: 'مؤكد',
    quarter: 'الربع',
    employees: 'الموظفون',
    women: 'النساء',
    youth: 'الشباب',
    revenue: 'الإيرادات',
    invested: 'الاستثمار (دولار)',
    revisions: 'النسخ',
  },
  open: 'مفتوح',
};

const TR: ProgressTexts = {
  reached: (id) =>
    `${id} kilometre taşı ulaşıldı olarak işaretlendi; mentorunuz veya merkez koordinatörünüz onaylayacak.`,
  confirmed: (id) => `${id} kilometre taşı onaylandı.`,
  sentBack: (id) => `${id} kilometre taşı girişime geri gönderildi.`,
  reported: (quarter, revision) => `${quarter} bildirimi kaydedildi (sürüm ${revision}).`,
  due: (quarter) => `${quarter} bildirimi eksik: jisr outcomes report ${quarter} …`,
  h: {
    phase: 'Aşama',
    milestone: 'Kilometre taşı',
    state: 'Durum',
    startup: 'Girişim',
    cohort: 'Kohort',
    reached: 'Ulaşılan',
    confirmed: 'Onaylanan',
    quarter: 'Çeyrek',
    employees: 'Çalışan',
    women: 'Kadın',
    youth: 'Genç',
    revenue: 'Gelir',
    invested: 'Yatırım (USD)',
    revisions: 'Sürümler',
  },
  open: 'açık',
};

export const progressTextsFor = (lang: Locale): ProgressTexts => ({ en: EN, ar: AR, tr: TR })[lang];
