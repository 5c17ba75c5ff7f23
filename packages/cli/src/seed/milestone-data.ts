import type { LocalizedText } from '@jisr/contracts';
import type { ApiClient } from '../api/http-client';

const t = (en: string, ar: string, tr: string): LocalizedText => ({ en, ar, tr });
const milestone = (milestoneId: string, name: LocalizedText) => ({ milestoneId, name });

/**
 * What a startup of the Binaa programme should achieve in each phase, as incubators (KOSGEB's
 * applied entrepreneurship training, İŞGEM/TEKMER) measure it: a plan, customers, money, Türkiye.
 */
export const DEMO_MILESTONES: Readonly<Record<string, readonly ReturnType<typeof milestone>[]>> = {
  training: [
    milestone('business-plan', t('Business plan', 'خطة العمل', 'İş planı')),
    milestone(
      'unit-costing',
      t('Unit costs and pricing', 'تكلفة الوحدة والتسعير', 'Birim maliyet ve fiyatlandırma'),
    ),
    milestone('feasibility-study', t('Feasibility study', 'دراسة الجدوى', 'Fizibilite çalışması')),
  ],
  mentoring: [
    milestone(
      'first-paying-customer',
      t('First paying customer', 'أول عميل يدفع', 'İlk ödeme yapan müşteri'),
    ),
    milestone(
      'company-registered',
      t(
        'Company registered with Libya Enterprise',
        'تسجيل الشركة لدى ليبيا للمشروعات',
        'Şirket Libya Enterprise’a kayıtlı',
      ),
    ),
    milestone(
      'turkish-partner-met',
      t('First meeting with a Turkish partner', 'أول لقاء مع شريك تركي', 'Türk bir ortakla ilk görüşme'),
    ),
  ],
  'investment-readiness': [
    milestone(
      'investment-ready-deck',
      t('Investment-ready pitch deck', 'عرض تقديمي جاهز للمستثمرين', 'Yatırıma hazır sunum'),
    ),
    milestone(
      'financial-statements',
      t('Audited financial statements', 'قوائم مالية مدققة', 'Denetlenmiş mali tablolar'),
    ),
  ],
  'demo-day': [
    milestone('demo-day-pitch', t('Pitched at demo day', 'العرض في يوم العرض', 'Demo gününde sunum')),
    milestone(
      'export-deal',
      t('First export deal to Türkiye', 'أول صفقة تصدير إلى تركيا', 'Türkiye’ye ilk ihracat anlaşması'),
    ),
  ],
};

/** Sets each phase's milestones (replacing what an earlier seed set, so seeding twice is harmless). */
export async function seedMilestones(api: ApiClient, token: string, programmeId: string): Promise<number> {
  let count = 0;
  for (const [phaseId, milestones] of Object.entries(DEMO_MILESTONES)) {
    await api.call('profile', `/v1/programmes/${programmeId}/phases/${phaseId}/milestones`, {
      method: 'PUT',
      token,
      body: { milestones },
    });
    count += milestones.length;
  }
  return count;
}
