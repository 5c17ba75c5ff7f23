import type { VersionedRepositoryOptions } from '@jisr/storage';

// Longer typed text is cut to this; names are at most 120 characters, searches rarely more than a few words.
const MAX_KEY = 40;

/**
 * A name as people type it in either script: case, Latin accents, Arabic short vowels and tatweel,
 * and the Arabic letters commonly typed for one another (alef forms, alef maqsura, taa marbuta)
 * all fold to one form, and punctuation becomes a space.
 */
export const foldName = (text: string): string =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ı/g, 'i')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, MAX_KEY);

/**
 * Every prefix of every tail that starts at a word: "Sahara Foods" answers "sah", "sahara f" and
 * "foo". Stored beside the profile, so the storage port's equality on an array element finds it.
 */
export const nameKeysOf = (names: readonly (string | null | undefined)[]): string[] => {
  const keys = new Set<string>();
  for (const name of names) {
    if (name === null || name === undefined) continue;
    const words = foldName(name).split(' ').filter(Boolean);
    words.forEach((_, start) => {
      const tail = words.slice(start).join(' ').slice(0, MAX_KEY);
      for (let end = 1; end <= tail.length; end += 1) keys.add(tail.slice(0, end).trimEnd());
    });
  }
  return [...keys];
};

/** `nameKeys`, written on every save and never handed back to the domain (see `storedFields`). */
export const nameSearchFields = <T>(
  namesOf: (entity: T) => readonly (string | null | undefined)[],
): VersionedRepositoryOptions<T> => ({ storedFields: { nameKeys: (entity) => nameKeysOf(namesOf(entity)) } });
