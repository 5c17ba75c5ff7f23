import type { DivisionEntry } from './division-entry';

/** ISIC Rev.4 divisions of sections D (energy) to J (information and communication). */
export const DIVISIONS_D_J = [
  {
    code: '35',
    section: 'D',
    label: {
      en: 'Electricity, gas, steam and air conditioning supply',
      ar: 'إمدادات الكهرباء والغاز والبخار وتكييف الهواء',
      tr: 'Elektrik, gaz, buhar ve iklimlendirme üretimi ve dağıtımı',
    },
  },
  {
    code: '36',
    section: 'E',
    label: {
      en: 'Water collection, treatment and supply',
      ar: 'جمع المياه ومعالجتها وتوزيعها',
      tr: 'Suyun toplanması, arıtılması ve dağıtılması',
    },
  },
  { code: '37', section: 'E', label: { en: 'Sewerage', ar: 'الصرف الصحي', tr: 'Kanalizasyon' } },
  {
    code: '38',
    section: 'E',
    label: {
      en: 'Waste collection, treatment and disposal activities; materials recovery',
      ar: 'أنشطة جمع النفايات ومعالجتها وتصريفها؛ استرجاع المواد',
      tr: 'Atığın toplanması, ıslahı ve bertarafı faaliyetleri; maddelerin geri kazanımı',
    },
  },
  {
    code: '39',
    section: 'E',
    label: {
      en: 'Remediation activities and other waste management services',
      ar: 'أنشطة المعالجة وخدمات إدارة النفايات الأخرى',
      tr: 'İyileştirme faaliyetleri ve diğer atık yönetimi hizmetleri',
    },
  },
  {
    code: '41',
    section: 'F',
    label: { en: 'Construction of buildings', ar: 'تشييد المباني', tr: 'Bina inşaatı' },
  },
  {
    code: '42',
    section: 'F',
    label: { en: 'Civil engineering', ar: 'الهندسة المدنية', tr: 'Bina dışı yapıların inşaatı' },
  },
  {
    code: '43',
    section: 'F',
    label: {
      en: 'Specialized construction activities',
      ar: 'أنشطة التشييد المتخصصة',
      tr: 'Özel inşaat faaliyetleri',
    },
  },
  {
    code: '45',
    section: 'G',
    label: {
      en: 'Wholesale and retail trade and repair of motor vehicles and motorcycles',
      ar: 'تجارة الجملة والتجزئة وإصلاح المركبات ذات المحركات والدراجات النارية',
      tr: 'Motorlu kara taşıtları ve motosikletlerin toptan ve perakende ticareti ile onarımı',
    },
  },
  {
    code: '46',
    section: 'G',
    label: {
      en: 'Wholesale trade, except of motor vehicles and motorcycles',
      ar: 'تجارة الجملة، باستثناء المركبات ذات المحركات والدراجات النارية',
      tr: 'Toptan ticaret (motorlu kara taşıtları ve motosikletler hariç)',
    },
  },
  {
    code: '47',
    section: 'G',
    label: {
      en: 'Retail trade, except of motor vehicles and motorcycles',
      ar: 'تجارة التجزئة، باستثناء المركبات ذات المحركات والدراجات النارية',
      tr: 'Perakende ticaret (motorlu kara taşıtları ve motosikletler hariç)',
    },
  },
  {
    code: '49',
    section: 'H',
    label: {
      en: 'Land transport and transport via pipelines',
      ar: 'النقل البري والنقل عبر الأنابيب',
      tr: 'Kara taşımacılığı ve boru hattı taşımacılığı',
    },
  },
  {
    code: '50',
    section: 'H',
    label: { en: 'Water transport', ar: 'النقل المائي', tr: 'Su yolu taşımacılığı' },
  },
  {
    code: '51',
    section: 'H',
    label: { en: 'Air transport', ar: 'النقل الجوي', tr: 'Hava yolu taşımacılığı' },
  },
  {
    code: '52',
    section: 'H',
    label: {
      en: 'Warehousing and support activities for transportation',
      ar: 'التخزين وأنشطة دعم النقل',
      tr: 'Taşımacılık için depolama ve destekleyici faaliyetler',
    },
  },
  {
    code: '53',
    section: 'H',
    label: {
      en: 'Postal and courier activities',
      ar: 'أنشطة البريد وخدمات التوصيل السريع',
      tr: 'Posta ve kurye faaliyetleri',
    },
  },
  { code: '55', section: 'I', label: { en: 'Accommodation', ar: 'أنشطة الإقامة', tr: 'Konaklama' } },
  {
    code: '56',
    section: 'I',
    label: {
      en: 'Food and beverage service activities',
      ar: 'أنشطة خدمات الأطعمة والمشروبات',
      tr: 'Yiyecek ve içecek hizmeti faaliyetleri',
    },
  },
  {
    code: '58',
    section: 'J',
    label: { en: 'Publishing activities', ar: 'أنشطة النشر', tr: 'Yayımcılık faaliyetleri' },
  },
  {
    code: '59',
    section: 'J',
    label: {
      en: 'Motion picture, video and television programme production, sound recording and music publishing activities',
      ar: 'أنشطة إنتاج الأفلام السينمائية والفيديو والبرامج التلفزيونية وتسجيل الصوت ونشر الموسيقى',
      tr: 'Sinema filmi, video ve televizyon programları yapımcılığı, ses kaydı ve müzik yayımlama faaliyetleri',
    },
  },
  {
    code: '60',
    section: 'J',
    label: {
      en: 'Programming and broadcasting activities',
      ar: 'أنشطة البرمجة والبث',
      tr: 'Programcılık ve yayıncılık faaliyetleri',
    },
  },
  {
    code: '61',
    section: 'J',
    label: { en: 'Telecommunications', ar: 'الاتصالات السلكية واللاسلكية', tr: 'Telekomünikasyon' },
  },
  {
    code: '62',
    section: 'J',
    label: {
      en: 'Computer programming, consultancy and related activities',
      ar: 'أنشطة البرمجة الحاسوبية والخبرة الاستشارية وما يتصل بها من أنشطة',
      tr: 'Bilgisayar programlama, danışmanlık ve ilgili faaliyetler',
    },
  },
  {
    code: '63',
    section: 'J',
    label: {
      en: 'Information service activities',
      ar: 'أنشطة خدمات المعلومات',
      tr: 'Bilgi hizmet faaliyetleri',
    },
  },
] as const satisfies readonly DivisionEntry[];
