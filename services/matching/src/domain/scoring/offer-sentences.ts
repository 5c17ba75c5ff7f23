import {
  LIBYAN_CITIES,
  type Locale,
  type LocalizedText,
  type Offer,
  type TicketRange,
} from '@jisr/contracts';
import { formatNumber, listOf } from './profile-sentences';
import type { LoadDetail, NeedCheck, NeedsDetail, PlaceDetail } from './scoring-types';

const NEED_LABELS: Readonly<Record<Offer, LocalizedText>> = {
  mentoring: { en: 'mentoring', ar: 'الإرشاد', tr: 'mentorluk' },
  investment: { en: 'investment', ar: 'الاستثمار', tr: 'yatırım' },
  'market-access': { en: 'market access', ar: 'الوصول إلى الأسواق', tr: 'pazara erişim' },
  partnership: { en: 'partnership', ar: 'الشراكة', tr: 'ortaklık' },
};

const usd = (amount: number, l: Locale): string => formatNumber(amount, l);

function ticketText(ticket: TicketRange, l: Locale): string {
  const range = `${usd(ticket.minUsd, l)}–${usd(ticket.maxUsd, l)}`;
  if (l === 'ar') return `نطاق الاستثمار ${range} دولار أمريكي`;
  if (l === 'tr') return `yatırım aralığı ${range} USD`;
  return `ticket USD ${range}`;
}

/** A need as the sentence names it; an investment quotes the amount sought and the advisor's ticket. */
function needText(check: NeedCheck, l: Locale): string {
  if (check.kind !== 'investment' || check.amountUsd === undefined) return NEED_LABELS[check.kind][l];
  const amount = usd(check.amountUsd, l);
  const sought =
    l === 'ar'
      ? `استثمار بقيمة ${amount} دولار أمريكي`
      : l === 'tr'
        ? `${amount} USD yatırım`
        : `investment of USD ${amount}`;
  return check.ticket === undefined ? sought : `${sought} (${ticketText(check.ticket, l)})`;
}

const NO_NEEDS: LocalizedText = {
  en: 'The startup asks for nothing advisors offer, so needs count as neutral.',
  ar: 'لا تطلب الشركة الناشئة شيئًا مما يقدّمه المستشارون، لذا يُحتسب هذا المعيار محايدًا.',
  tr: 'Girişim, danışmanların sunduğu bir şey talep etmiyor; bu ölçüt nötr sayılır.',
};

type NeedsTemplate = (met: string, unmet: string) => string;

const ALL_MET: Readonly<Record<Locale, NeedsTemplate>> = {
  en: (met) => `The advisor offers what the startup needs: ${met}.`,
  ar: (met) => `يقدّم المستشار ما تحتاجه الشركة الناشئة: ${met}.`,
  tr: (met) => `Danışman girişimin ihtiyacını karşılıyor: ${met}.`,
};
const SOME_MET: Readonly<Record<Locale, NeedsTemplate>> = {
  en: (met, unmet) => `The advisor offers ${met}, but not ${unmet}.`,
  ar: (met, unmet) => `يقدّم المستشار ${met}، لكن ليس ${unmet}.`,
  tr: (met, unmet) => `Danışman ${met} sunuyor, ancak ${unmet} sunmuyor.`,
};
const NONE_MET: Readonly<Record<Locale, NeedsTemplate>> = {
  en: (_met, unmet) => `The advisor does not offer what the startup needs: ${unmet}.`,
  ar: (_met, unmet) => `لا يقدّم المستشار ما تحتاجه الشركة الناشئة: ${unmet}.`,
  tr: (_met, unmet) => `Danışman girişimin ihtiyacını karşılamıyor: ${unmet}.`,
};

/** The needs sentence in one language: amounts and tickets are formatted only for the one asked. */
export function needsSentenceIn(d: NeedsDetail, l: Locale): string {
  if (d.checks.length === 0) return NO_NEEDS[l];
  const listed = (met: boolean): string =>
    listOf(
      d.checks.filter((c) => c.met === met).map((c) => needText(c, l)),
      l,
    );
  const metCount = d.checks.filter((c) => c.met).length;
  const template = metCount === d.checks.length ? ALL_MET : metCount > 0 ? SOME_MET : NONE_MET;
  return template[l](metCount > 0 ? listed(true) : '', metCount < d.checks.length ? listed(false) : '');
}

export function loadSentence(d: LoadDetail): LocalizedText {
  const free = d.capacity - d.load;
  return {
    en: `The advisor has ${free} of ${d.capacity} places free.`,
    ar: `لدى المستشار ${free} من أصل ${d.capacity} أماكن متاحة.`,
    tr: `Danışmanın ${d.capacity} yerinden ${free} tanesi boş.`,
  };
}

const cityLabel = (id: string, l: Locale): string =>
  LIBYAN_CITIES.find((city) => city.id === id)?.label[l] ?? id;

export function placeSentence(d: PlaceDetail): LocalizedText {
  switch (d.kind) {
    case 'centre':
      return {
        en: 'Both belong to the same business development centre.',
        ar: 'تنتميان كلاكما إلى مركز تطوير الأعمال نفسه.',
        tr: 'İkiniz de aynı iş geliştirme merkezine bağlısınız.',
      };
    case 'city':
      return {
        // Half the criterion: the sentence says what the other half would take, so 50 % is not a puzzle.
        en: `Both are based in ${cityLabel(d.city, 'en')}, but not at the same business development centre.`,
        ar: `مقرّكما كلاكما في ${cityLabel(d.city, 'ar')}، لكن لستما في مركز تطوير الأعمال نفسه.`,
        tr: `İkiniz de ${cityLabel(d.city, 'tr')} şehrindesiniz, ancak aynı iş geliştirme merkezinde değilsiniz.`,
      };
    case 'none':
      return {
        en: 'You share no business development centre or city.',
        ar: 'لا يجمعكما مركز تطوير أعمال ولا مدينة.',
        tr: 'Ortak bir iş geliştirme merkeziniz veya şehriniz yok.',
      };
  }
}
