import {
  divisionLabel,
  languageLabel,
  sectionLabel,
  stageLabel,
  STAGES,
  type DivisionCode,
  type Locale,
  type LocalizedText,
  type Proficiency,
  type SectionCode,
  type Stage,
} from '@jisr/contracts';
import type { LanguageDetail, SectorDetail, StageDetail } from './scoring-types';

// One sentence per criterion in every locale, quoting the real values behind the score.

const division = (code: DivisionCode, l: Locale): string => `ISIC ${code} — ${divisionLabel(code, l)}`;
const section = (code: SectionCode, l: Locale): string => `${code} — ${sectionLabel(code, l)}`;
const INTL_LOCALE: Readonly<Record<Locale, string>> = { ar: 'ar-LY', tr: 'tr-TR', en: 'en-GB' };

// Intl formatters are costly to build, so one per locale is built once and reused.
const LISTS: Readonly<Record<Locale, Intl.ListFormat>> = {
  ar: new Intl.ListFormat(INTL_LOCALE.ar, { type: 'conjunction' }),
  tr: new Intl.ListFormat(INTL_LOCALE.tr, { type: 'conjunction' }),
  en: new Intl.ListFormat(INTL_LOCALE.en, { type: 'conjunction' }),
};
const NUMBERS: Readonly<Record<Locale, Intl.NumberFormat>> = {
  ar: new Intl.NumberFormat(INTL_LOCALE.ar),
  tr: new Intl.NumberFormat(INTL_LOCALE.tr),
  en: new Intl.NumberFormat(INTL_LOCALE.en),
};

export const listOf = (items: readonly string[], l: Locale): string => LISTS[l].format(items);
export const formatNumber = (value: number, l: Locale): string => NUMBERS[l].format(value);

export function sectorSentence(d: SectorDetail): LocalizedText {
  const own = (l: Locale): string => division(d.division, l);
  switch (d.kind) {
    case 'division':
      return {
        en: `Both work in ${own('en')}.`,
        ar: `تعملان كلاكما في ${own('ar')}.`,
        tr: `İkiniz de ${own('tr')} alanında çalışıyorsunuz.`,
      };
    case 'section': {
      const theirs = (l: Locale): string => division(d.advisorDivision, l);
      const sec = (l: Locale): string => section(d.section, l);
      return {
        en: `The startup's ${own('en')} and the advisor's ${theirs('en')} are both in section ${sec('en')}.`,
        ar: `نشاط الشركة الناشئة ${own('ar')} ونشاط المستشار ${theirs('ar')} في القسم نفسه: ${sec('ar')}.`,
        tr: `Girişimin alanı ${own('tr')} ile danışmanın alanı ${theirs('tr')} aynı bölümde: ${sec('tr')}.`,
      };
    }
    case 'related': {
      const theirs = (l: Locale): string => division(d.advisorDivision, l);
      const sec = (l: Locale): string => section(d.section, l);
      const their = (l: Locale): string => section(d.advisorSection, l);
      return {
        en: `The startup's ${own('en')} (section ${sec('en')}) is related to the advisor's ${theirs('en')} (section ${their('en')}).`,
        ar: `نشاط الشركة الناشئة ${own('ar')} (القسم ${sec('ar')}) مرتبط بنشاط المستشار ${theirs('ar')} (القسم ${their('ar')}).`,
        tr: `Girişimin alanı ${own('tr')} (${sec('tr')} bölümü), danışmanın alanı ${theirs('tr')} (${their('tr')} bölümü) ile ilişkili.`,
      };
    }
    case 'none':
      return {
        en: `The advisor works in no sector close to the startup's ${own('en')}.`,
        ar: `لا يعمل المستشار في أي قطاع قريب من نشاط الشركة الناشئة ${own('ar')}.`,
        tr: `Danışman, girişimin alanı ${own('tr')} ile yakın bir sektörde çalışmıyor.`,
      };
  }
}

/** Stage names mid-sentence: lower case in English and Turkish, quoted in Arabic (computed once). */
const STAGE_NAMES = Object.fromEntries(
  STAGES.map((s) => [
    s,
    {
      ar: `«${stageLabel(s, 'ar')}»`,
      tr: stageLabel(s, 'tr').toLocaleLowerCase(INTL_LOCALE.tr),
      en: stageLabel(s, 'en').toLocaleLowerCase(INTL_LOCALE.en),
    },
  ]),
) as Record<Stage, LocalizedText>;
const stage = (s: Stage, l: Locale): string => STAGE_NAMES[s][l];

export function stageSentence(d: StageDetail): LocalizedText {
  const own = (l: Locale): string => stage(d.stage, l);
  switch (d.kind) {
    case 'exact':
      return {
        en: `The startup is at the ${own('en')} stage, which the advisor supports.`,
        ar: `الشركة الناشئة في مرحلة ${own('ar')}، وهي مرحلة يدعمها المستشار.`,
        tr: `Girişim ${own('tr')} aşamasında ve danışman bu aşamayı destekliyor.`,
      };
    case 'neighbour': {
      const theirs = (l: Locale): string => stage(d.advisorStage, l);
      return {
        en: `The startup is at the ${own('en')} stage, next to the ${theirs('en')} stage the advisor supports.`,
        ar: `الشركة الناشئة في مرحلة ${own('ar')}، المجاورة لمرحلة ${theirs('ar')} التي يدعمها المستشار.`,
        tr: `Girişim ${own('tr')} aşamasında; bu, danışmanın desteklediği ${theirs('tr')} aşamasına komşu.`,
      };
    }
    case 'none': {
      if (d.advisorStages.length === 0) {
        return {
          en: `The startup is at the ${own('en')} stage; the advisor names no stage they support.`,
          ar: `الشركة الناشئة في مرحلة ${own('ar')}، ولم يحدّد المستشار أي مرحلة يدعمها.`,
          tr: `Girişim ${own('tr')} aşamasında; danışman desteklediği bir aşama belirtmemiş.`,
        };
      }
      const theirs = (l: Locale): string =>
        listOf(
          d.advisorStages.map((s) => stage(s, l)),
          l,
        );
      return {
        en: `The startup is at the ${own('en')} stage; the advisor supports ${theirs('en')}.`,
        ar: `الشركة الناشئة في مرحلة ${own('ar')}، بينما يدعم المستشار: ${theirs('ar')}.`,
        tr: `Girişim ${own('tr')} aşamasında; danışman ise şu aşamaları destekliyor: ${theirs('tr')}.`,
      };
    }
  }
}

const PROFICIENCY_LABELS: Readonly<Record<Proficiency, LocalizedText>> = {
  basic: { en: 'basic', ar: 'أساسي', tr: 'temel' },
  conversational: { en: 'conversational', ar: 'مستوى محادثة', tr: 'konuşma düzeyinde' },
  fluent: { en: 'fluent', ar: 'بطلاقة', tr: 'akıcı' },
  native: { en: 'native', ar: 'لغة أم', tr: 'anadil' },
};

export function languageSentence(d: LanguageDetail): LocalizedText {
  const lang = (l: Locale): string => languageLabel(d.code, l);
  const own = (l: Locale): string => PROFICIENCY_LABELS[d.startup][l];
  const theirs = (l: Locale): string => PROFICIENCY_LABELS[d.advisor][l];
  return {
    en: `Both speak ${lang('en')} (startup: ${own('en')}, advisor: ${theirs('en')}).`,
    ar: `تتحدثان كلاكما ${lang('ar')} (الشركة الناشئة: ${own('ar')}، المستشار: ${theirs('ar')}).`,
    tr: `İkiniz de ${lang('tr')} konuşuyorsunuz (girişim: ${own('tr')}, danışman: ${theirs('tr')}).`,
  };
}
