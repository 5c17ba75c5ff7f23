/** A text the council wrote in ar, tr and en, in the reader's language (English when it lacks one). */
export const localized = (
  text: { readonly ar?: string; readonly tr?: string; readonly en?: string },
  language: string,
): string => (language === 'ar' ? text.ar : language === 'tr' ? text.tr : text.en) ?? text.en ?? '';

/** The object without one optional field (the API refuses an explicit undefined). */
export const without = <T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> =>
  Object.fromEntries(Object.entries(value).filter(([name]) => name !== key)) as Omit<T, K>;
