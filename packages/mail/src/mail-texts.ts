import { MAIL_LANGUAGES, type MailLanguage } from './mail.port';

/** One catalogue of mail texts: every key in every language (the type makes a missing key a compile error). */
export type MailTexts<K extends string> = Readonly<Record<MailLanguage, Readonly<Record<K, string>>>>;

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

/**
 * Problems in a catalogue that types cannot see: empty texts, and placeholders that differ
 * between languages (a Turkish reader must not lose the deadline the English one gets).
 * Services call this in a unit test over each of their catalogues.
 */
export const mailTextProblems = <K extends string>(texts: MailTexts<K>): string[] => {
  const problems: string[] = [];
  const keys = Object.keys(texts.en) as K[];
  for (const language of MAIL_LANGUAGES) {
    for (const key of keys) {
      const text = texts[language][key];
      if (typeof text !== 'string' || text.trim() === '')
        problems.push(`${language}.${key} is missing or empty`);
      else if (placeholders(text).join() !== placeholders(texts.en[key]).join()) {
        problems.push(`${language}.${key} has placeholders {${placeholders(text).join('},{')}} unlike en`);
      }
    }
    for (const key of Object.keys(texts[language])) {
      if (!keys.includes(key as K)) problems.push(`${language}.${key} is not in en`);
    }
  }
  return problems;
};

/** Fills `{name}` placeholders; values stay plain text (the renderer escapes them). */
export const fillText = (template: string, values: Readonly<Record<string, string>> = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** The recipient's language when Jisr knows it; English otherwise. */
export const mailLanguageOf = (language: string | null | undefined): MailLanguage =>
  (MAIL_LANGUAGES as readonly string[]).includes(language ?? '') ? (language as MailLanguage) : 'en';
