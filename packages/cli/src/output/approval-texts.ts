import type { Locale } from '@jisr/contracts';

/** What `jisr approvals` prints, in the three languages Jisr speaks. */
const EN = {
  none: 'Nothing waits for your decision.',
  approved: (id: string) => `Approved ${id}: the action ran.`,
  rejected: (id: string) => `Rejected ${id}.`,
  asked: (id: string) =>
    `Sent for a second person's approval: jisr approvals list (as them), approval ${id}.`,
  service: 'Service',
  action: 'Action',
  target: 'Target',
  requestedBy: 'Asked by',
  expires: 'Expires',
  state: 'State',
};
type ApprovalTexts = typeof EN;

const AR: ApprovalTexts = {
  none: 'لا شيء ينتظر قرارك.',
  approved: (id) => `تمت الموافقة على ${id}: نُفّذ الإجراء.`,
  rejected: (id) => `رُفض ${id}.`,
  asked: (id) => `أُرسل لموافقة شخص ثانٍ: jisr approvals list (بحسابه)، طلب الموافقة ${id}.`,
  service: 'الخدمة',
  action: 'الإجراء',
  target: 'الهدف',
  requestedBy: 'طلبه',
  expires: 'ينتهي',
  state: 'الحالة',
};

const TR: ApprovalTexts = {
  none: 'Kararınızı bekleyen bir şey yok.',
  approved: (id) => `${id} onaylandı: işlem yapıldı.`,
  rejected: (id) => `${id} reddedildi.`,
  asked: (id) => `İkinci bir kişinin onayına gönderildi: jisr approvals list (onun hesabıyla), onay ${id}.`,
  service: 'Hizmet',
  action: 'İşlem',
  target: 'Hedef',
  requestedBy: 'İsteyen',
  expires: 'Son geçerlilik',
  state: 'Durum',
};

const BY_LOCALE: Record<Locale, ApprovalTexts> = { en: EN, ar: AR, tr: TR };
export const approvalTextsFor = (locale: Locale): ApprovalTexts => BY_LOCALE[locale];
