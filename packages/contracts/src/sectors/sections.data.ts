import type { LocalizedText } from '../locale';

/** ISIC Rev.4 sections, the top level of the sector taxonomy. */
export const SECTION_CODES = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
] as const;
export type SectionCode = (typeof SECTION_CODES)[number];

/** Titles follow the UN ISIC Rev.4 text (en, ar) and TÜİK's NACE Rev.2 translation (tr). */
export const SECTIONS: readonly { readonly code: SectionCode; readonly label: LocalizedText }[] = [
  {
    code: 'A',
    label: {
      en: 'Agriculture, forestry and fishing',
      ar: 'الزراعة والحراجة وصيد الأسماك',
      tr: 'Tarım, ormancılık ve balıkçılık',
    },
  },
  {
    code: 'B',
    label: { en: 'Mining and quarrying', ar: 'التعدين واستغلال المحاجر', tr: 'Madencilik ve taş ocakçılığı' },
  },
  { code: 'C', label: { en: 'Manufacturing', ar: 'الصناعة التحويلية', tr: 'İmalat' } },
  {
    code: 'D',
    label: {
      en: 'Electricity, gas, steam and air conditioning supply',
      ar: 'إمدادات الكهرباء والغاز والبخار وتكييف الهواء',
      tr: 'Elektrik, gaz, buhar ve iklimlendirme üretimi ve dağıtımı',
    },
  },
  {
    code: 'E',
    label: {
      en: 'Water supply; sewerage, waste management and remediation activities',
      ar: 'إمدادات المياه؛ أنشطة الصرف الصحي وإدارة النفايات ومعالجتها',
      tr: 'Su temini; kanalizasyon, atık yönetimi ve iyileştirme faaliyetleri',
    },
  },
  { code: 'F', label: { en: 'Construction', ar: 'التشييد', tr: 'İnşaat' } },
  {
    code: 'G',
    label: {
      en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
      ar: 'تجارة الجملة والتجزئة؛ إصلاح المركبات ذات المحركات والدراجات النارية',
      tr: 'Toptan ve perakende ticaret; motorlu kara taşıtlarının ve motosikletlerin onarımı',
    },
  },
  {
    code: 'H',
    label: { en: 'Transportation and storage', ar: 'النقل والتخزين', tr: 'Ulaştırma ve depolama' },
  },
  {
    code: 'I',
    label: {
      en: 'Accommodation and food service activities',
      ar: 'أنشطة خدمات الإقامة والطعام',
      tr: 'Konaklama ve yiyecek hizmeti faaliyetleri',
    },
  },
  {
    code: 'J',
    label: { en: 'Information and communication', ar: 'المعلومات والاتصالات', tr: 'Bilgi ve iletişim' },
  },
  {
    code: 'K',
    label: {
      en: 'Financial and insurance activities',
      ar: 'الأنشطة المالية وأنشطة التأمين',
      tr: 'Finans ve sigorta faaliyetleri',
    },
  },
  {
    code: 'L',
    label: { en: 'Real estate activities', ar: 'الأنشطة العقارية', tr: 'Gayrimenkul faaliyetleri' },
  },
  {
    code: 'M',
    label: {
      en: 'Professional, scientific and technical activities',
      ar: 'الأنشطة المهنية والعلمية والتقنية',
      tr: 'Mesleki, bilimsel ve teknik faaliyetler',
    },
  },
  {
    code: 'N',
    label: {
      en: 'Administrative and support service activities',
      ar: 'أنشطة الخدمات الإدارية وخدمات الدعم',
      tr: 'İdari ve destek hizmet faaliyetleri',
    },
  },
  {
    code: 'O',
    label: {
      en: 'Public administration and defence; compulsory social security',
      ar: 'الإدارة العامة والدفاع؛ الضمان الاجتماعي الإلزامي',
      tr: 'Kamu yönetimi ve savunma; zorunlu sosyal güvenlik',
    },
  },
  { code: 'P', label: { en: 'Education', ar: 'التعليم', tr: 'Eğitim' } },
  {
    code: 'Q',
    label: {
      en: 'Human health and social work activities',
      ar: 'أنشطة صحة الإنسان والعمل الاجتماعي',
      tr: 'İnsan sağlığı ve sosyal hizmet faaliyetleri',
    },
  },
  {
    code: 'R',
    label: {
      en: 'Arts, entertainment and recreation',
      ar: 'الفنون والترفيه والتسلية',
      tr: 'Kültür, sanat, eğlence, dinlence ve spor',
    },
  },
  {
    code: 'S',
    label: { en: 'Other service activities', ar: 'أنشطة الخدمات الأخرى', tr: 'Diğer hizmet faaliyetleri' },
  },
  {
    code: 'T',
    label: {
      en: 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
      ar: 'أنشطة الأسر المعيشية بصفتها أرباب عمل؛ أنشطة الأسر المعيشية في إنتاج سلع وخدمات غير مميزة لاستعمالها الخاص',
      tr: 'Hanehalklarının işveren olarak faaliyetleri; hanehalklarının kendi kullanımlarına yönelik ayrım yapılmamış mal ve hizmet üretimi',
    },
  },
  {
    code: 'U',
    label: {
      en: 'Activities of extraterritorial organizations and bodies',
      ar: 'أنشطة المنظمات والهيئات الخارجة عن نطاق الولاية الإقليمية',
      tr: 'Ülke dışı örgütler ve temsilciliklerinin faaliyetleri',
    },
  },
];
