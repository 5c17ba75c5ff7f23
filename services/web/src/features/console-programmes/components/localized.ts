/** A text the council wrote in ar, tr and en, in the reader's language (English when it lacks one). */
export const localized = (
  text: { readonly ar?: string; readonly tr?: string; readonly en?: string },
  language: string,
): string => (language === 'ar' ? text.ar : language === 'tr' ? text.tr : text.en) ?? text.en ?? '';

/** The object without one optional field (the API refuses an explicit undefined). */
export const without = <T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> =>
  Object.fromEntries(Object.entries(value).filter(([name]) => name !== key)) as Omit<T, K>;

/** The list with its item at `index` replaced, or removed when `next` is null. */
export const replaceAt = <T>(items: readonly T[], index: number, next: T | null): T[] =>
  next === null ? items.filter((_, i) => i !== index) : items.map((item, i) => (i === index ? next : item));
