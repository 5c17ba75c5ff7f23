import type { Locale, LocalizedText } from './locale';

/**
 * Every staff action and security event the audit log records (`<target kind>.<verb>`), with its
 * name in the three languages: the services may record only these, and the console and the CLI name
 * them from here.
 */
const AUDIT_ACTION_NAMES = {
  'account.data-export': {
    en: 'Data exported by its owner',
    ar: 'تصدير البيانات من صاحبها',
    tr: 'Veriler sahibi tarafından dışa aktarıldı',
  },
  'account.deactivate': {
    en: 'Account deactivated',
    ar: 'تعطيل الحساب',
    tr: 'Hesap devre dışı bırakıldı',
  },
  'account.email-confirm': {
    en: 'Email address confirmed by staff',
    ar: 'تأكيد البريد الإلكتروني من الموظفين',
    tr: 'E-posta adresi personel tarafından onaylandı',
  },
  'account.erase': {
    en: 'Account erased',
    ar: 'محو الحساب',
    tr: 'Hesap silindi',
  },
  'account.reactivate': {
    en: 'Account reactivated',
    ar: 'إعادة تفعيل الحساب',
    tr: 'Hesap yeniden etkinleştirildi',
  },
  'account.sign-in-throttled': {
    en: 'Sign-in attempts throttled',
    ar: 'تقييد محاولات تسجيل الدخول',
    tr: 'Giriş denemeleri sınırlandı',
  },
  'advisor.centre-change': {
    en: "Advisor's centres changed",
    ar: 'تغيير مراكز المستشار',
    tr: 'Danışmanın merkezleri değişti',
  },
  'advisor.pause': {
    en: 'Advisor paused',
    ar: 'إيقاف المستشار مؤقتًا',
    tr: 'Danışman duraklatıldı',
  },
  'advisor.resume': {
    en: 'Advisor resumed',
    ar: 'استئناف المستشار',
    tr: 'Danışman yeniden başladı',
  },
  'advisor.verification-approve': {
    en: 'Advisor verified',
    ar: 'توثيق المستشار',
    tr: 'Danışman doğrulandı',
  },
  'advisor.verification-reject': {
    en: 'Advisor rejected',
    ar: 'رفض المستشار',
    tr: 'Danışman reddedildi',
  },
  'startup.verification-approve': {
    en: 'Startup verified',
    ar: 'توثيق الشركة الناشئة',
    tr: 'Girişim doğrulandı',
  },
  'startup.verification-reject': {
    en: 'Startup rejected',
    ar: 'رفض الشركة الناشئة',
    tr: 'Girişim reddedildi',
  },
  'startup.placement-change': {
    en: "Startup's placement changed",
    ar: 'تغيير إلحاق الشركة الناشئة',
    tr: 'Girişimin yerleşimi değişti',
  },
  'approval.request': {
    en: 'Second approval requested',
    ar: 'طلب موافقة ثانية',
    tr: 'İkinci onay istendi',
  },
  'approval.approve': {
    en: 'Request approved',
    ar: 'الموافقة على الطلب',
    tr: 'Talep onaylandı',
  },
  'approval.reject': {
    en: 'Request rejected',
    ar: 'رفض الطلب',
    tr: 'Talep reddedildi',
  },
  'audit.export': {
    en: 'Audit trail exported',
    ar: 'تصدير سجل التدقيق',
    tr: 'Denetim kaydı dışa aktarıldı',
  },
  'centre.create': {
    en: 'Centre created',
    ar: 'إنشاء مركز',
    tr: 'Merkez oluşturuldu',
  },
  'centre.update': {
    en: 'Centre updated',
    ar: 'تحديث مركز',
    tr: 'Merkez güncellendi',
  },
  'cohort-round.start': {
    en: 'Cohort round started',
    ar: 'بدء جولة الدفعة',
    tr: 'Kohort turu başlatıldı',
  },
  'cohort-round.confirm': {
    en: 'Cohort round confirmed',
    ar: 'تأكيد جولة الدفعة',
    tr: 'Kohort turu onaylandı',
  },
  'cohort-round.cancel': {
    en: 'Cohort round cancelled',
    ar: 'إلغاء جولة الدفعة',
    tr: 'Kohort turu iptal edildi',
  },
  'milestones.define': {
    en: 'Milestones defined',
    ar: 'تحديد الإنجازات',
    tr: 'Kilometre taşları tanımlandı',
  },
  'milestone.confirm': {
    en: 'Milestone confirmed',
    ar: 'تأكيد إنجاز',
    tr: 'Kilometre taşı onaylandı',
  },
  'milestone.send-back': {
    en: 'Milestone sent back',
    ar: 'إعادة إنجاز للمراجعة',
    tr: 'Kilometre taşı geri gönderildi',
  },
  'notice.read': {
    en: 'Notice read',
    ar: 'قراءة إشعار',
    tr: 'Bildirim okundu',
  },
  'organisation.save': {
    en: 'Organisation saved',
    ar: 'حفظ المنظمة',
    tr: 'Kuruluş kaydedildi',
  },
  'pipeline.export': {
    en: 'Pipeline exported',
    ar: 'تصدير مسار الطلبات',
    tr: 'Süreç dışa aktarıldı',
  },
  'research.export': {
    en: 'Research data exported',
    ar: 'تصدير بيانات البحث',
    tr: 'Araştırma verileri dışa aktarıldı',
  },
  'programme.create': {
    en: 'Programme created',
    ar: 'إنشاء برنامج',
    tr: 'Program oluşturuldu',
  },
  'programme.update': {
    en: 'Programme updated',
    ar: 'تحديث برنامج',
    tr: 'Program güncellendi',
  },
  'programme.weights-change': {
    en: 'Matching weights changed',
    ar: 'تغيير أوزان المطابقة',
    tr: 'Eşleştirme ağırlıkları değişti',
  },
  'signing-key.rotate': {
    en: 'Signing key rotated',
    ar: 'تدوير مفتاح التوقيع',
    tr: 'İmzalama anahtarı yenilendi',
  },
  'staff.create': {
    en: 'Staff account created',
    ar: 'إنشاء حساب موظف',
    tr: 'Personel hesabı oluşturuldu',
  },
  'staff.roles-change': {
    en: 'Staff roles changed',
    ar: 'تغيير أدوار الموظف',
    tr: 'Personel rolleri değişti',
  },
  'training.attendance-record': {
    en: 'Attendance recorded',
    ar: 'تسجيل الحضور',
    tr: 'Katılım kaydedildi',
  },
  'training.check-in-code': {
    en: 'Check-in code issued',
    ar: 'إصدار رمز الحضور',
    tr: 'Katılım kodu verildi',
  },
} as const satisfies Record<string, LocalizedText>;

export type AuditAction = keyof typeof AUDIT_ACTION_NAMES;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_NAMES) as AuditAction[];

export const isAuditAction = (code: string): code is AuditAction => Object.hasOwn(AUDIT_ACTION_NAMES, code);

/** The action's name in `locale`; null for a code this version does not know (an older or newer record). */
export const auditActionName = (code: string, locale: Locale): string | null =>
  isAuditAction(code) ? AUDIT_ACTION_NAMES[code][locale] : null;
