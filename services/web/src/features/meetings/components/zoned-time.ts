/** A moment as a wall time in one IANA zone, in the reader's language (Intl does the zone maths). */
export const zonedTime = (iso: string, zone: string, language: string): string =>
  new Intl.DateTimeFormat(language, {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
