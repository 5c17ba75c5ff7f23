import type { Locale } from '@jisr/contracts';

export type RoundPhase = 'queued' | 'scoring' | 'solving' | 'pricing';

/** What `jisr round` says while a round runs, in the user's language. */
export interface RoundTexts {
  readonly phase: Readonly<Record<RoundPhase, string>>;
  /** "solving 42% · 8 s · pass 1" */
  progress(phase: string, percent: number, seconds: number, pass: number): string;
  cancelled(roundId: string): string;
  failed(roundId: string, code: string): string;
  cancelling(roundId: string): string;
}

const EN: RoundTexts = {
  phase: {
    queued: 'waiting its turn',
    scoring: 'scoring every pair',
    solving: 'finding the optimal assignment',
    pricing: 'proving no assignment is better',
  },
  progress: (phase, percent, seconds, pass) => `${phase}: ${percent}% · ${seconds} s · pass ${pass}`,
  cancelled: (id) => `Round ${id} was cancelled; nothing was sent.`,
  failed: (id, code) => `Round ${id} failed (${code}); run it again.`,
  cancelling: (id) => `Cancelling round ${id} ...`,
};

const AR: RoundTexts = {
  phase: {
    queued: 'بانتظار دورها',
    scoring: 'تقييم كل زوج',
    solving: 'البحث عن التوزيع الأمثل',
    pricing: 'التحقق من أنه لا يوجد توزيع أفضل',
  },
  progress: (phase, percent, seconds, pass) => `${phase}: ${percent}٪ · ${seconds} ث · المرور ${pass}`,
  cancelled: (id) => `أُلغيت الجولة ${id}؛ لم يُرسَل أي شيء.`,
  failed: (id, code) => `فشلت الجولة ${id} (${code})؛ شغّلها مرة أخرى.`,
  cancelling: (id) => `جارٍ إلغاء الجولة ${id} ...`,
};

const TR: RoundTexts = {
  phase: {
    queued: 'sırasını bekliyor',
    scoring: 'her çift puanlanıyor',
    solving: 'en iyi dağılım bulunuyor',
    pricing: 'daha iyi dağılım olmadığı kanıtlanıyor',
  },
  progress: (phase, percent, seconds, pass) => `${phase}: %${percent} · ${seconds} sn · ${pass}. geçiş`,
  cancelled: (id) => `${id} turu iptal edildi; hiçbir şey gönderilmedi.`,
  failed: (id, code) => `${id} turu başarısız oldu (${code}); yeniden çalıştırın.`,
  cancelling: (id) => `${id} turu iptal ediliyor ...`,
};

export const roundTextsFor = (lang: Locale): RoundTexts => ({ en: EN, ar: AR, tr: TR })[lang];
