import type { Locale, LocalizedText } from '@jisr/contracts';
import { RESEARCH_DIMENSIONS, RESEARCH_MEASURES } from '../../domain/research/research-tables';
import { MIN_STARTUPS_PER_CELL } from '../../domain/research/small-cell-suppression';

const t = (en: string, ar: string, tr: string): LocalizedText => ({ en, ar, tr });
type Entry = { readonly name: string; readonly label: LocalizedText; readonly description: LocalizedText };

const COLUMNS: readonly Entry[] = [
  {
    name: 'measure',
    label: t('Measure', 'المقياس', 'Ölçü'),
    description: t(
      'What the table counts (see measures).',
      'ما يعدّه الجدول (انظر المقاييس).',
      'Tablonun saydığı şey (ölçülere bakın).',
    ),
  },
  {
    name: 'dimension',
    label: t('Dimension', 'البُعد', 'Boyut'),
    description: t(
      'What the rows are: sector (ISIC section), city or stage.',
      'ما تمثّله الصفوف: القطاع (قسم ISIC) أو المدينة أو المرحلة.',
      'Satırların neyi gösterdiği: sektör (ISIC bölümü), şehir veya aşama.',
    ),
  },
  {
    name: 'key',
    label: t('Key', 'الرمز', 'Anahtar'),
    description: t(
      'The row value; "all" for the column totals.',
      'قيمة الصف؛ "all" لمجاميع الأعمدة.',
      'Satır değeri; sütun toplamları için "all".',
    ),
  },
  {
    name: 'label',
    label: t('Label', 'التسمية', 'Etiket'),
    description: t(
      "The row value's name in the file's language.",
      'اسم قيمة الصف بلغة الملف.',
      'Satır değerinin dosyanın dilindeki adı.',
    ),
  },
  {
    name: 'period',
    label: t('Period', 'الفترة', 'Dönem'),
    description: t(
      'Calendar quarter (2027-Q1); "all" for the row totals, which add the quarters.',
      'الربع من السنة (2027-Q1)؛ "all" لمجاميع الصفوف، وهي حاصل جمع الأرباع.',
      'Takvim çeyreği (2027-Q1); satır toplamları için "all" (çeyreklerin toplamı).',
    ),
  },
  {
    name: 'startups',
    label: t('Startups', 'الشركات الناشئة', 'Girişimler'),
    description: t(
      'Startups counted; empty when withheld.',
      'عدد الشركات الناشئة؛ فارغ عند الحجب.',
      'Sayılan girişimler; gizlendiğinde boş.',
    ),
  },
  {
    name: 'suppressed',
    label: t('Withheld', 'محجوب', 'Gizlendi'),
    description: t(
      `true when the count is withheld: it covers fewer than ${MIN_STARTUPS_PER_CELL} startups, or it would let a withheld count be worked out from the totals.`,
      `true عندما يُحجب العدد: لأنه يشمل أقل من ${MIN_STARTUPS_PER_CELL} شركات، أو لأنه يسمح باستنتاج عدد محجوب من المجاميع.`,
      `Sayı gizlendiğinde true: ${MIN_STARTUPS_PER_CELL} girişimden azını kapsıyorsa ya da gizli bir sayının toplamlardan bulunmasına yol açacaksa.`,
    ),
  },
];

const MEASURES: Readonly<Record<(typeof RESEARCH_MEASURES)[number], Omit<Entry, 'name'>>> = {
  'introductions-requested': {
    label: t('Introductions requested', 'طلبات التعارف', 'Tanışma talepleri'),
    description: t(
      'Startups that asked for at least one introduction in the quarter.',
      'الشركات التي طلبت تعارفًا واحدًا على الأقل في الربع.',
      'Çeyrekte en az bir tanışma isteyen girişimler.',
    ),
  },
  'training-attended': {
    label: t('Training attended', 'حضور التدريب', 'Eğitime katılım'),
    description: t(
      'Startups that attended at least one training session in the quarter.',
      'الشركات التي حضرت جلسة تدريب واحدة على الأقل في الربع.',
      'Çeyrekte en az bir eğitim oturumuna katılan girişimler.',
    ),
  },
  'milestones-reached': {
    label: t('Milestones reached', 'المعالم المحققة', 'Ulaşılan kilometre taşları'),
    description: t(
      'Startups that reached at least one milestone in the quarter.',
      'الشركات التي حققت معلمًا واحدًا على الأقل في الربع.',
      'Çeyrekte en az bir kilometre taşına ulaşan girişimler.',
    ),
  },
  'outcomes-reported': {
    label: t('Outcomes reported', 'النتائج المُبلّغ عنها', 'Bildirilen sonuçlar'),
    description: t(
      "Startups that sent the quarter's outcome check-in.",
      'الشركات التي أرسلت متابعة نتائج الربع.',
      'Çeyreğin sonuç bildirimini gönderen girişimler.',
    ),
  },
  'investment-raised': {
    label: t('Investment raised', 'الاستثمار المُستقطب', 'Sağlanan yatırım'),
    description: t(
      'Startups that reported investment raised in the quarter, from any source.',
      'الشركات التي أبلغت عن استثمار مُستقطب في الربع من أي مصدر.',
      'Çeyrekte herhangi bir kaynaktan yatırım aldığını bildiren girişimler.',
    ),
  },
  'turkish-partnerships': {
    label: t('Turkish partnerships', 'شراكات تركية', 'Türk ortaklıkları'),
    description: t(
      'Startups that reported a partnership or export deal with a Turkish company in the quarter.',
      'الشركات التي أبلغت عن شراكة أو صفقة تصدير مع شركة تركية في الربع.',
      'Çeyrekte bir Türk şirketiyle ortaklık veya ihracat anlaşması bildiren girişimler.',
    ),
  },
};

const DIMENSIONS: Readonly<Record<(typeof RESEARCH_DIMENSIONS)[number], LocalizedText>> = {
  sector: t('Sector (ISIC Rev.4 section)', 'القطاع (قسم ISIC Rev.4)', 'Sektör (ISIC Rev.4 bölümü)'),
  city: t('City', 'المدينة', 'Şehir'),
  stage: t('Stage', 'المرحلة', 'Aşama'),
};

/** The research export's data dictionary: every column, measure and dimension, in ar, tr and en. */
export const researchDictionary = () => ({
  minimumStartupsPerCell: MIN_STARTUPS_PER_CELL,
  columns: COLUMNS,
  measures: RESEARCH_MEASURES.map((name) => ({ name, ...MEASURES[name] })),
  dimensions: RESEARCH_DIMENSIONS.map((name) => ({ name, label: DIMENSIONS[name] })),
});

const TITLE = t(
  'Jisr research export — data dictionary',
  'تصدير جسر البحثي — قاموس البيانات',
  'Jisr araştırma dışa aktarımı — veri sözlüğü',
);

/** The dictionary as a markdown document in one language. */
export const researchDictionaryMarkdown = (locale: Locale): string => {
  const d = researchDictionary();
  const table = (entries: readonly Entry[]) => [
    '| name | label | description |',
    '| --- | --- | --- |',
    ...entries.map((e) => `| \`${e.name}\` | ${e.label[locale]} | ${e.description[locale]} |`),
  ];
  return [
    `# ${TITLE[locale]}`,
    '',
    ...table(d.columns),
    '',
    ...table(d.measures),
    '',
    '| name | label |',
    '| --- | --- |',
    ...d.dimensions.map((e) => `| \`${e.name}\` | ${e.label[locale]} |`),
    '',
  ].join('\n');
};
