/** A session's start in the reader's language and the browser's time zone. */
export const whenIn = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** A certificate's date, day only. */
export const dayIn = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(iso));
