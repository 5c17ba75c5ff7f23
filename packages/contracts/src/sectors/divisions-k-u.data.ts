import type { DivisionEntry } from './division-entry';

/** ISIC Rev.4 divisions of sections K (finance) to U (extraterritorial bodies). */
export const DIVISIONS_K_U = [
  {
    code: '64',
    section: 'K',
    label: {
      en: 'Financial service activities, except insurance and pension funding',
      ar: 'أنشطة الخدمات المالية، باستثناء تمويل التأمين وصناديق المعاشات التقاعدية',
      tr: 'Finansal hizmet faaliyetleri (sigorta ve emeklilik fonları hariç)',
    },
  },
  {
    code: '65',
    section: 'K',
    label: {
      en: 'Insurance, reinsurance and pension funding, except compulsory social security',
      ar: 'التأمين وإعادة التأمين وتمويل صناديق المعاشات التقاعدية، باستثناء الضمان الاجتماعي الإلزامي',
      tr: 'Sigorta, reasürans ve emeklilik fonları (zorunlu sosyal güvenlik hariç)',
    },
  },
  {
    code: '66',
    section: 'K',
    label: {
      en: 'Activities auxiliary to financial service and insurance activities',
      ar: 'الأنشطة المساعدة لأنشطة الخدمات المالية وأنشطة التأمين',
      tr: 'Finansal hizmetler ile sigorta faaliyetleri için yardımcı faaliyetler',
    },
  },
  {
    code: '68',
    section: 'L',
    label: { en: 'Real estate activities', ar: 'الأنشطة العقارية', tr: 'Gayrimenkul faaliyetleri' },
  },
  {
    code: '69',
    section: 'M',
    label: {
      en: 'Legal and accounting activities',
      ar: 'الأنشطة القانونية وأنشطة المحاسبة',
      tr: 'Hukuk ve muhasebe faaliyetleri',
    },
  },
  {
    code: '70',
    section: 'M',
    label: {
      en: 'Activities of head offices; management consultancy activities',
      ar: 'أنشطة المكاتب الرئيسية؛ الأنشطة الاستشارية في مجال الإدارة',
      tr: 'İdare merkezi faaliyetleri; idari danışmanlık faaliyetleri',
    },
  },
  {
    code: '71',
    section: 'M',
    label: {
      en: 'Architectural and engineering activities; technical testing and analysis',
      ar: 'الأنشطة المعمارية والهندسية؛ الاختبارات والتحاليل التقنية',
      tr: 'Mimarlık ve mühendislik faaliyetleri; teknik test ve analiz faaliyetleri',
    },
  },
  {
    code: '72',
    section: 'M',
    label: {
      en: 'Scientific research and development',
      ar: 'البحث والتطوير العلمي',
      tr: 'Bilimsel araştırma ve geliştirme faaliyetleri',
    },
  },
  {
    code: '73',
    section: 'M',
    label: {
      en: 'Advertising and market research',
      ar: 'الإعلان وأبحاث السوق',
      tr: 'Reklamcılık ve piyasa araştırması',
    },
  },
  {
    code: '74',
    section: 'M',
    label: {
      en: 'Other professional, scientific and technical activities',
      ar: 'الأنشطة المهنية والعلمية والتقنية الأخرى',
      tr: 'Diğer mesleki, bilimsel ve teknik faaliyetler',
    },
  },
  {
    code: '75',
    section: 'M',
    label: { en: 'Veterinary activities', ar: 'الأنشطة البيطرية', tr: 'Veterinerlik hizmetleri' },
  },
  {
    code: '77',
    section: 'N',
    label: {
      en: 'Rental and leasing activities',
      ar: 'أنشطة التأجير والإيجار',
      tr: 'Kiralama ve leasing faaliyetleri',
    },
  },
  {
    code: '78',
    section: 'N',
    label: { en: 'Employment activities', ar: 'أنشطة التوظيف', tr: 'İstihdam faaliyetleri' },
  },
  {
    code: '79',
    section: 'N',
    label: {
      en: 'Travel agency, tour operator, reservation service and related activities',
      ar: 'أنشطة وكالات السفر ومنظمي الرحلات السياحية وخدمات الحجز والأنشطة المتصلة بها',
      tr: 'Seyahat acentesi, tur operatörü ve diğer rezervasyon hizmetleri ile ilgili faaliyetler',
    },
  },
  {
    code: '80',
    section: 'N',
    label: {
      en: 'Security and investigation activities',
      ar: 'أنشطة الأمن والتحقيقات',
      tr: 'Güvenlik ve soruşturma faaliyetleri',
    },
  },
  {
    code: '81',
    section: 'N',
    label: {
      en: 'Services to buildings and landscape activities',
      ar: 'أنشطة تقديم الخدمات للمباني وتنسيق المواقع',
      tr: 'Binalar ile ilgili hizmetler ve çevre düzenlemesi faaliyetleri',
    },
  },
  {
    code: '82',
    section: 'N',
    label: {
      en: 'Office administrative, office support and other business support activities',
      ar: 'الأنشطة الإدارية للمكاتب وأنشطة دعم المكاتب وغيرها من أنشطة دعم الأعمال',
      tr: 'Büro yönetimi, büro destek ve diğer iş destek faaliyetleri',
    },
  },
  {
    code: '84',
    section: 'O',
    label: {
      en: 'Public administration and defence; compulsory social security',
      ar: 'الإدارة العامة والدفاع؛ الضمان الاجتماعي الإلزامي',
      tr: 'Kamu yönetimi ve savunma; zorunlu sosyal güvenlik',
    },
  },
  { code: '85', section: 'P', label: { en: 'Education', ar: 'التعليم', tr: 'Eğitim' } },
  {
    code: '86',
    section: 'Q',
    label: {
      en: 'Human health activities',
      ar: 'الأنشطة في مجال صحة الإنسان',
      tr: 'İnsan sağlığı hizmetleri',
    },
  },
  {
    code: '87',
    section: 'Q',
    label: {
      en: 'Residential care activities',
      ar: 'أنشطة الرعاية مع الإقامة',
      tr: 'Yatılı bakım faaliyetleri',
    },
  },
  {
    code: '88',
    section: 'Q',
    label: {
      en: 'Social work activities without accommodation',
      ar: 'أنشطة العمل الاجتماعي دون إقامة',
      tr: 'Barınacak yer sağlanmaksızın verilen sosyal hizmetler',
    },
  },
  {
    code: '90',
    section: 'R',
    label: {
      en: 'Creative, arts and entertainment activities',
      ar: 'الأنشطة الإبداعية والفنية وأنشطة الترفيه',
      tr: 'Yaratıcı sanatlar, gösteri sanatları ve eğlence faaliyetleri',
    },
  },
  {
    code: '91',
    section: 'R',
    label: {
      en: 'Libraries, archives, museums and other cultural activities',
      ar: 'أنشطة المكتبات ودور المحفوظات والمتاحف والأنشطة الثقافية الأخرى',
      tr: 'Kütüphaneler, arşivler, müzeler ve diğer kültürel faaliyetler',
    },
  },
  {
    code: '92',
    section: 'R',
    label: {
      en: 'Gambling and betting activities',
      ar: 'أنشطة القمار والمراهنات',
      tr: 'Kumar ve müşterek bahis faaliyetleri',
    },
  },
  {
    code: '93',
    section: 'R',
    label: {
      en: 'Sports activities and amusement and recreation activities',
      ar: 'الأنشطة الرياضية وأنشطة التسلية والترويح',
      tr: 'Spor faaliyetleri, eğlence ve dinlence faaliyetleri',
    },
  },
  {
    code: '94',
    section: 'S',
    label: {
      en: 'Activities of membership organizations',
      ar: 'أنشطة المنظمات ذات العضوية',
      tr: 'Üye olunan kuruluşların faaliyetleri',
    },
  },
  {
    code: '95',
    section: 'S',
    label: {
      en: 'Repair of computers and personal and household goods',
      ar: 'إصلاح الحواسيب والسلع الشخصية والمنزلية',
      tr: 'Bilgisayarların, kişisel eşyaların ve ev eşyalarının onarımı',
    },
  },
  {
    code: '96',
    section: 'S',
    label: {
      en: 'Other personal service activities',
      ar: 'أنشطة الخدمات الشخصية الأخرى',
      tr: 'Diğer kişisel hizmet faaliyetleri',
    },
  },
  {
    code: '97',
    section: 'T',
    label: {
      en: 'Activities of households as employers of domestic personnel',
      ar: 'أنشطة الأسر المعيشية بصفتها أرباب عمل للعاملين في الخدمة المنزلية',
      tr: 'Ev içi çalışan personelin işverenleri olarak hanehalklarının faaliyetleri',
    },
  },
  {
    code: '98',
    section: 'T',
    label: {
      en: 'Undifferentiated goods- and services-producing activities of private households for own use',
      ar: 'أنشطة الأسر المعيشية الخاصة في إنتاج سلع وخدمات غير مميزة لاستعمالها الخاص',
      tr: 'Hanehalklarının kendi kullanımlarına yönelik ayrım yapılmamış mal ve hizmet üretim faaliyetleri',
    },
  },
  {
    code: '99',
    section: 'U',
    label: {
      en: 'Activities of extraterritorial organizations and bodies',
      ar: 'أنشطة المنظمات والهيئات الخارجة عن نطاق الولاية الإقليمية',
      tr: 'Ülke dışı örgütler ve temsilciliklerinin faaliyetleri',
    },
  },
] as const satisfies readonly DivisionEntry[];
