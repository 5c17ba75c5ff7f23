import type { Locale } from '@jisr/contracts';

/** What `jisr staff` and `jisr audit` print, in the three languages Jisr speaks. */
const EN = {
  noStaff: 'No staff accounts yet.',
  noRecords: 'No audit records match.',
  created: (id: string, email: string) => `Created staff account ${id} (${email}).`,
  rolesChanged: (id: string, roles: string) =>
    `Roles of ${id} are now: ${roles}. They take effect at the next token refresh.`,
  exported: (file: string, rows: number) => `Wrote ${rows} audit records to ${file}.`,
  more: (cursor: string) => `More: jisr audit list --cursor ${cursor}`,
  intact: (checked: number, head: number) => `Audit chain ok: ${checked} records checked up to #${head}.`,
  broken: (sequence: number, problem: string) => `Audit chain BROKEN at record #${sequence} (${problem}).`,
  email: 'Email',
  organisation: 'Organisation',
  roles: 'Roles',
  centres: 'Centres',
  status: 'Status',
  sequence: '#',
  at: 'At',
  service: 'Service',
  actor: 'Actor',
  action: 'Action',
  target: 'Target',
  named: 'Startup or advisor',
};
type GovernanceTexts = typeof EN;

const AR: GovernanceTexts = {
  noStaff: 'لا توجد حسابات موظفين بعد.',
  noRecords: 'لا توجد سجلات تدقيق مطابقة.',
  created: (id, email) => `أُنشئ حساب الموظف ${id} (${email}).`,
  rolesChanged: (id, roles) => `أدوار ${id} الآن: ${roles}. تسري عند التحديث التالي للرمز.`,
  exported: (file, rows) => `كُتب ${rows} من سجلات التدقيق في ${file}.`,
  more: (cursor) => `المزيد: jisr audit list --cursor ${cursor}`,
  intact: (checked, head) => `سلسلة التدقيق سليمة: فُحص ${checked} سجلًا حتى #${head}.`,
  broken: (sequence, problem) => `سلسلة التدقيق مكسورة عند السجل #${sequence} (${problem}).`,
  email: 'البريد الإلكتروني',
  organisation: 'المؤسسة',
  roles: 'الأدوار',
  centres: 'المراكز',
  status: 'الحالة',
  sequence: '#',
  at: 'الوقت',
  service: 'الخدمة',
  actor: 'المنفّذ',
  action: 'الإجراء',
  target: 'الهدف',
  named: 'الشركة أو المستشار',
};

const TR: GovernanceTexts = {
  noStaff: 'Henüz personel hesabı yok.',
  noRecords: 'Eşleşen denetim kaydı yok.',
  created: (id, email) => `Personel hesabı ${id} oluşturuldu (${email}).`,
  rolesChanged: (id, roles) =>
    `${id} kullanıcısının rolleri artık: ${roles}. Bir sonraki belirteç yenilemesinde geçerli olur.`,
  exported: (file, rows) => `${rows} denetim kaydı ${file} dosyasına yazıldı.`,
  more: (cursor) => `Devamı: jisr audit list --cursor ${cursor}`,
  intact: (checked, head) => `Denetim zinciri sağlam: #${head} kaydına kadar ${checked} kayıt denetlendi.`,
  broken: (sequence, problem) => `Denetim zinciri #${sequence} numaralı kayıtta BOZUK (${problem}).`,
  email: 'E-posta',
  organisation: 'Kuruluş',
  roles: 'Roller',
  centres: 'Merkezler',
  status: 'Durum',
  sequence: '#',
  at: 'Zaman',
  service: 'Hizmet',
  actor: 'Yapan',
  action: 'İşlem',
  target: 'Hedef',
  named: 'Girişim veya danışman',
};

const BY_LOCALE: Record<Locale, GovernanceTexts> = { en: EN, ar: AR, tr: TR };
export const governanceTextsFor = (locale: Locale): GovernanceTexts => BY_LOCALE[locale];
