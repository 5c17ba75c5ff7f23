import type { CityId, LocalizedText } from '@jisr/contracts';
import type { DemoCentre, DemoProgramme } from './demo-types';

const t = (en: string, ar: string, tr: string): LocalizedText => ({ en, ar, tr });

/** The business development centres of the programme's agenda, one per region. */
export const DEMO_CENTRES: readonly DemoCentre[] = [
  {
    id: 'tripoli',
    body: {
      city: 'tripoli',
      address: 'Libya Enterprise headquarters, Tripoli',
      name: t(
        'Tripoli Business Development Centre',
        'مركز تطوير الأعمال طرابلس',
        'Trablus İş Geliştirme Merkezi',
      ),
    },
  },
  {
    id: 'benghazi',
    body: {
      city: 'benghazi',
      address: 'Enterprise centre, Benghazi',
      name: t(
        'Benghazi Business Development Centre',
        'مركز تطوير الأعمال بنغازي',
        'Bingazi İş Geliştirme Merkezi',
      ),
    },
  },
  {
    id: 'misrata',
    body: {
      city: 'misrata',
      address: 'Free zone business park, Misrata',
      name: t(
        'Misrata Business Development Centre',
        'مركز تطوير الأعمال مصراتة',
        'Misrata İş Geliştirme Merkezi',
      ),
    },
  },
];

const WEST: readonly CityId[] = ['tripoli', 'zawiya', 'gharyan', 'sabratha', 'zuwara', 'nalut', 'ghadames'];
const EAST: readonly CityId[] = ['benghazi', 'bayda', 'tobruk', 'ajdabiya', 'derna', 'kufra'];

/** The centre that serves a city: Tripoli for the west, Benghazi for the east, Misrata for the centre and south. */
export const centreFor = (city: CityId): string =>
  WEST.includes(city) ? 'tripoli' : EAST.includes(city) ? 'benghazi' : 'misrata';

export const DEMO_COHORT_ID = 'autumn-2025';

const session = (sessionId: string, title: LocalizedText, startsAt: string, centreId?: string) => ({
  sessionId,
  title,
  startsAt,
  durationMinutes: 180,
  online: centreId === undefined,
  ...(centreId === undefined ? {} : { centreId }),
});

/** The Binaa incubation programme as the round table planned it: application to demo day. */
export const DEMO_PROGRAMME: DemoProgramme = {
  name: t(
    'Binaa SME Incubation Programme 2025',
    'برنامج بناء لاحتضان المشروعات الصغيرة والمتوسطة 2025',
    'Binaa KOBİ Kuluçka Programı 2025',
  ),
  description: t(
    'Incubation for Libyan SMEs with mentors and investors of the Turkish-Libyan Business Council.',
    'احتضان المشروعات الليبية الصغيرة والمتوسطة مع موجّهين ومستثمرين من مجلس الأعمال التركي الليبي.',
    'Libyalı KOBİ’ler için Türkiye-Libya İş Konseyi mentor ve yatırımcılarıyla kuluçka programı.',
  ),
  responseDeadlineDays: 7,
  phases: [
    {
      phaseId: 'application',
      kind: 'application',
      name: t('Applications', 'التقديم', 'Başvuru'),
      startsOn: '2025-09-01',
      endsOn: '2025-09-30',
      trainingSessions: [],
    },
    {
      phaseId: 'selection',
      kind: 'selection',
      name: t('Selection', 'الاختيار', 'Seçim'),
      startsOn: '2025-10-01',
      endsOn: '2025-10-19',
      trainingSessions: [],
    },
    {
      phaseId: 'training',
      kind: 'training',
      name: t(
        'Applied entrepreneurship training',
        'التدريب التطبيقي على ريادة الأعمال',
        'Uygulamalı girişimcilik eğitimi',
      ),
      startsOn: '2025-10-20',
      endsOn: '2025-11-28',
      trainingSessions: [
        session(
          'business-model',
          t('Business model and costing', 'نموذج العمل والتكاليف', 'İş modeli ve maliyetlendirme'),
          '2025-10-21T09:00:00+02:00',
          'tripoli',
        ),
        session(
          'feasibility',
          t(
            'Feasibility studies for finance',
            'دراسات الجدوى للتمويل',
            'Finansman için fizibilite çalışmaları',
          ),
          '2025-10-28T09:00:00+02:00',
          'benghazi',
        ),
        session(
          'export-turkiye',
          t('Selling to Türkiye', 'البيع في تركيا', 'Türkiye’ye satış'),
          '2025-11-04T10:00:00+03:00',
        ),
      ],
    },
    {
      phaseId: 'mentoring',
      kind: 'mentoring',
      name: t('Mentoring', 'التوجيه', 'Mentorluk'),
      startsOn: '2025-12-01',
      endsOn: '2026-03-31',
      trainingSessions: [],
    },
    {
      phaseId: 'investment-readiness',
      kind: 'investment-readiness',
      name: t('Investment readiness', 'الجاهزية للاستثمار', 'Yatırıma hazırlık'),
      startsOn: '2026-04-01',
      endsOn: '2026-04-30',
      trainingSessions: [],
    },
    {
      phaseId: 'demo-day',
      kind: 'demo-day',
      name: t('Demo day in Istanbul', 'يوم العرض في إسطنبول', 'İstanbul’da demo günü'),
      startsOn: '2026-05-12',
      endsOn: '2026-05-12',
      trainingSessions: [],
    },
    {
      // Still ahead in the demo: the follow-up training a startup can register for and check in to.
      phaseId: 'follow-up',
      kind: 'follow-up',
      name: t('Export follow-up training', 'تدريب المتابعة للتصدير', 'İhracat takip eğitimi'),
      startsOn: '2027-05-03',
      endsOn: '2027-06-30',
      trainingSessions: [
        {
          ...session(
            'export-documents',
            t('Export documents and customs', 'مستندات التصدير والجمارك', 'İhracat belgeleri ve gümrük'),
            '2027-05-11T09:00:00+02:00',
            'tripoli',
          ),
          capacity: 25,
        },
        {
          ...session(
            'turkish-buyers',
            t('Meeting Turkish buyers', 'لقاء المشترين الأتراك', 'Türk alıcılarla görüşme'),
            '2027-05-18T09:00:00+02:00',
            'misrata',
          ),
          capacity: 20,
        },
      ],
      requiredSessionIds: ['export-documents', 'turkish-buyers'],
    },
  ],
  cohorts: [
    { cohortId: DEMO_COHORT_ID, name: 'Autumn 2025 cohort', startsOn: '2025-10-20' },
    { cohortId: 'spring-2026', name: 'Spring 2026 cohort', startsOn: '2026-03-02' },
  ],
};
