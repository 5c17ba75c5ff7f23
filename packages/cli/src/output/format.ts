import { z } from 'zod';

/** A name the services send in every language (`{ar, tr, en}`), or null while unknown. */
export const localizedNameSchema = z.record(z.string(), z.string()).nullable();

/** `2025-10-21T09:30:00.000Z` → `2025-10-21 09:30` (UTC, as the services send it); a dash when absent. */
export const shortTime = (iso: string | null | undefined): string =>
  iso ? iso.slice(0, 16).replace('T', ' ') : '–';
