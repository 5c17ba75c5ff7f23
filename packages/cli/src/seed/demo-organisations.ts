import type { ApiClient } from '../api/http-client';

const text = (en: string, ar: string, tr: string) => ({ en, ar, tr });

/** The partner organisations that run the Binaa programme together (the 2017 kick-off's participants). */
export const DEMO_ORGANISATIONS = [
  {
    id: 'libya-enterprise',
    kind: 'programme-lead',
    name: text('Libya Enterprise', 'ليبيا للمشروعات', 'Libya Enterprise'),
  },
  {
    id: 'deik-tlbc',
    kind: 'business-council',
    name: text(
      'DEİK Turkey–Libya Business Council',
      'مجلس الأعمال التركي الليبي',
      'DEİK Türkiye-Libya İş Konseyi',
    ),
  },
  {
    id: 'sesric',
    kind: 'intergovernmental',
    name: text('SESRIC', 'مركز أنقرة للأبحاث الإحصائية والاقتصادية والاجتماعية', 'SESRIC'),
  },
  {
    id: 'lprd',
    kind: 'government-agency',
    name: text(
      'Libyan Programme for Reintegration and Development',
      'البرنامج الليبي للإدماج والتنمية',
      'Libya Yeniden Entegrasyon ve Kalkınma Programı',
    ),
  },
  {
    id: 'isdb',
    kind: 'development-bank',
    name: text('Islamic Development Bank', 'البنك الإسلامي للتنمية', 'İslam Kalkınma Bankası'),
  },
  { id: 'kosgeb', kind: 'government-agency', name: text('KOSGEB', 'كوسجب', 'KOSGEB') },
  {
    id: 'benghazi-bdc',
    kind: 'business-development-centre',
    name: text(
      'Benghazi Business Development Centre',
      'مركز تطوير الأعمال بنغازي',
      'Bingazi İş Geliştirme Merkezi',
    ),
  },
] as const;

/** Creates (or renames again, harmlessly) every partner organisation; returns their ids. */
export async function seedOrganisations(api: ApiClient, token: string): Promise<string[]> {
  for (const { id, ...body } of DEMO_ORGANISATIONS)
    await api.call('profile', `/v1/organisations/${id}`, { method: 'PUT', token, body });
  return DEMO_ORGANISATIONS.map((organisation) => organisation.id);
}
