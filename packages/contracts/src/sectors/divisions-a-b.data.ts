import type { DivisionEntry } from './division-entry';

/** ISIC Rev.4 divisions of sections A (agriculture) and B (mining). */
export const DIVISIONS_A_B = [
  {
    code: '01',
    section: 'A',
    label: {
      en: 'Crop and animal production, hunting and related service activities',
      ar: 'زراعة المحاصيل والإنتاج الحيواني والصيد والأنشطة الخدمية المتصلة بها',
      tr: 'Bitkisel ve hayvansal üretim ile avcılık ve ilgili hizmet faaliyetleri',
    },
  },
  {
    code: '02',
    section: 'A',
    label: { en: 'Forestry and logging', ar: 'الحراجة وقطع الأخشاب', tr: 'Ormancılık ve tomrukçuluk' },
  },
  {
    code: '03',
    section: 'A',
    label: {
      en: 'Fishing and aquaculture',
      ar: 'صيد الأسماك وتربية الأحياء المائية',
      tr: 'Balıkçılık ve su ürünleri yetiştiriciliği',
    },
  },
  {
    code: '05',
    section: 'B',
    label: {
      en: 'Mining of coal and lignite',
      ar: 'تعدين الفحم الحجري والليغنيت',
      tr: 'Kömür ve linyit çıkarımı',
    },
  },
  {
    code: '06',
    section: 'B',
    label: {
      en: 'Extraction of crude petroleum and natural gas',
      ar: 'استخراج النفط الخام والغاز الطبيعي',
      tr: 'Ham petrol ve doğal gaz çıkarımı',
    },
  },
  {
    code: '07',
    section: 'B',
    label: { en: 'Mining of metal ores', ar: 'تعدين ركازات الفلزات', tr: 'Metal cevherleri madenciliği' },
  },
  {
    code: '08',
    section: 'B',
    label: {
      en: 'Other mining and quarrying',
      ar: 'أنشطة التعدين واستغلال المحاجر الأخرى',
      tr: 'Diğer madencilik ve taş ocakçılığı',
    },
  },
  {
    code: '09',
    section: 'B',
    label: {
      en: 'Mining support service activities',
      ar: 'أنشطة خدمات دعم التعدين',
      tr: 'Madenciliği destekleyici hizmet faaliyetleri',
    },
  },
] as const satisfies readonly DivisionEntry[];
