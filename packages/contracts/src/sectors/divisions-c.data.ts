import type { DivisionEntry } from './division-entry';

/** ISIC Rev.4 divisions of section C (manufacturing). */
export const DIVISIONS_C = [
  {
    code: '10',
    section: 'C',
    label: {
      en: 'Manufacture of food products',
      ar: 'صنع المنتجات الغذائية',
      tr: 'Gıda ürünlerinin imalatı',
    },
  },
  {
    code: '11',
    section: 'C',
    label: { en: 'Manufacture of beverages', ar: 'صنع المشروبات', tr: 'İçeceklerin imalatı' },
  },
  {
    code: '12',
    section: 'C',
    label: { en: 'Manufacture of tobacco products', ar: 'صنع منتجات التبغ', tr: 'Tütün ürünleri imalatı' },
  },
  {
    code: '13',
    section: 'C',
    label: { en: 'Manufacture of textiles', ar: 'صنع المنسوجات', tr: 'Tekstil ürünlerinin imalatı' },
  },
  {
    code: '14',
    section: 'C',
    label: { en: 'Manufacture of wearing apparel', ar: 'صنع الملبوسات', tr: 'Giyim eşyalarının imalatı' },
  },
  {
    code: '15',
    section: 'C',
    label: {
      en: 'Manufacture of leather and related products',
      ar: 'صنع الجلود والمنتجات ذات الصلة',
      tr: 'Deri ve ilgili ürünlerin imalatı',
    },
  },
  {
    code: '16',
    section: 'C',
    label: {
      en: 'Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials',
      ar: 'صنع الخشب ومنتجات الخشب والفلين، باستثناء الأثاث؛ صنع أصناف من القش ومواد الضفر',
      tr: 'Ağaç, ağaç ürünleri ve mantar ürünleri imalatı (mobilya hariç); saz, saman ve benzeri örme malzemelerinden eşya imalatı',
    },
  },
  {
    code: '17',
    section: 'C',
    label: {
      en: 'Manufacture of paper and paper products',
      ar: 'صنع الورق ومنتجات الورق',
      tr: 'Kâğıt ve kâğıt ürünlerinin imalatı',
    },
  },
  {
    code: '18',
    section: 'C',
    label: {
      en: 'Printing and reproduction of recorded media',
      ar: 'الطباعة واستنساخ وسائط الإعلام المسجلة',
      tr: 'Kayıtlı medyanın basılması ve çoğaltılması',
    },
  },
  {
    code: '19',
    section: 'C',
    label: {
      en: 'Manufacture of coke and refined petroleum products',
      ar: 'صنع فحم الكوك والمنتجات النفطية المكررة',
      tr: 'Kok ve rafine petrol ürünleri imalatı',
    },
  },
  {
    code: '20',
    section: 'C',
    label: {
      en: 'Manufacture of chemicals and chemical products',
      ar: 'صنع المواد الكيميائية والمنتجات الكيميائية',
      tr: 'Kimyasalların ve kimyasal ürünlerin imalatı',
    },
  },
  {
    code: '21',
    section: 'C',
    label: {
      en: 'Manufacture of basic pharmaceutical products and pharmaceutical preparations',
      ar: 'صنع المنتجات الصيدلانية الأساسية والمستحضرات الصيدلانية',
      tr: 'Temel eczacılık ürünlerinin ve eczacılığa ilişkin malzemelerin imalatı',
    },
  },
  {
    code: '22',
    section: 'C',
    label: {
      en: 'Manufacture of rubber and plastics products',
      ar: 'صنع منتجات المطاط واللدائن',
      tr: 'Kauçuk ve plastik ürünlerin imalatı',
    },
  },
  {
    code: '23',
    section: 'C',
    label: {
      en: 'Manufacture of other non-metallic mineral products',
      ar: 'صنع منتجات المعادن اللافلزية الأخرى',
      tr: 'Diğer metalik olmayan mineral ürünlerin imalatı',
    },
  },
  {
    code: '24',
    section: 'C',
    label: { en: 'Manufacture of basic metals', ar: 'صنع الفلزات القاعدية', tr: 'Ana metal sanayii' },
  },
  {
    code: '25',
    section: 'C',
    label: {
      en: 'Manufacture of fabricated metal products, except machinery and equipment',
      ar: 'صنع منتجات المعادن المشكّلة، باستثناء الآلات والمعدات',
      tr: 'Fabrikasyon metal ürünleri imalatı (makine ve teçhizat hariç)',
    },
  },
  {
    code: '26',
    section: 'C',
    label: {
      en: 'Manufacture of computer, electronic and optical products',
      ar: 'صنع المنتجات الحاسوبية والإلكترونية والبصرية',
      tr: 'Bilgisayarların, elektronik ve optik ürünlerin imalatı',
    },
  },
  {
    code: '27',
    section: 'C',
    label: {
      en: 'Manufacture of electrical equipment',
      ar: 'صنع المعدات الكهربائية',
      tr: 'Elektrikli teçhizat imalatı',
    },
  },
  {
    code: '28',
    section: 'C',
    label: {
      en: 'Manufacture of machinery and equipment n.e.c.',
      ar: 'صنع الآلات والمعدات غير المصنفة في موضع آخر',
      tr: 'Başka yerde sınıflandırılmamış makine ve ekipman imalatı',
    },
  },
  {
    code: '29',
    section: 'C',
    label: {
      en: 'Manufacture of motor vehicles, trailers and semi-trailers',
      ar: 'صنع المركبات ذات المحركات والمقطورات ونصف المقطورات',
      tr: 'Motorlu kara taşıtı, treyler (römork) ve yarı treyler (yarı römork) imalatı',
    },
  },
  {
    code: '30',
    section: 'C',
    label: {
      en: 'Manufacture of other transport equipment',
      ar: 'صنع معدات النقل الأخرى',
      tr: 'Diğer ulaşım araçlarının imalatı',
    },
  },
  {
    code: '31',
    section: 'C',
    label: { en: 'Manufacture of furniture', ar: 'صنع الأثاث', tr: 'Mobilya imalatı' },
  },
  {
    code: '32',
    section: 'C',
    label: { en: 'Other manufacturing', ar: 'الصناعات التحويلية الأخرى', tr: 'Diğer imalatlar' },
  },
  {
    code: '33',
    section: 'C',
    label: {
      en: 'Repair and installation of machinery and equipment',
      ar: 'إصلاح الآلات والمعدات وتركيبها',
      tr: 'Makine ve ekipmanların kurulumu ve onarımı',
    },
  },
] as const satisfies readonly DivisionEntry[];
