import { z } from 'zod';

/**
 * Bidi embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the BOM: in a name
 * they reorder or hide what others read ("Mehmet\u202Ekcilyam" shows as someone else).
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069\uFEFF]/u;
/** Control characters break exports and logs; prose keeps tabs and line breaks. */
const NAME_CONTROLS = /\p{Cc}/u;
const PROSE_CONTROLS = /(?![\t\n\r])\p{Cc}/u;
const FORMAT_CHARACTERS = /\p{Cf}/gu;
/** ZWNJ and ZWJ shape Arabic and Persian words, so they stay allowed between two letters or marks. */
const JOINER_OUTSIDE_A_WORD = /(?<![\p{L}\p{M}])[\u200C\u200D]|[\u200C\u200D](?![\p{L}\p{M}])/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const VISIBLE = /[^\p{White_Space}\p{Cf}]/u;

/** `name`: shown to others as who someone is (names, titles); `prose`: what someone writes (bios, notes, messages). */
export type VisibleTextKind = 'name' | 'prose';

/**
 * Why a (normalised) text cannot be shown to others, or null when it can. An empty text is left to
 * the caller's length rule, so optional empty fields keep their own meaning.
 */
export function visibleTextProblem(value: string, kind: VisibleTextKind): string | null {
  if (value.length === 0) return null;
  if (kind === 'name') {
    if (NAME_CONTROLS.test(value)) return 'must not contain control characters or line breaks';
    if (DIRECTION_CONTROLS.test(value)) return 'must not contain text-direction control characters';
    if (JOINER_OUTSIDE_A_WORD.test(value)) return 'may use zero-width joiners only inside a word';
    if (!LETTER_OR_DIGIT.test(value.replace(FORMAT_CHARACTERS, '')))
      return 'must contain at least one letter or digit';
    return null;
  }
  if (PROSE_CONTROLS.test(value)) return 'must not contain control characters';
  if (!VISIBLE.test(value)) return 'must contain visible text';
  return null;
}

export interface VisibleTextOptions {
  readonly kind: VisibleTextKind;
  /** Longest length in UTF-16 units, after normalisation. */
  readonly max: number;
  /** 1 (default) refuses an empty text; 0 lets an optional text be empty. */
  readonly min?: 0 | 1;
  /** Leading and trailing blanks are dropped unless false (a message body keeps what was typed). */
  readonly trim?: boolean;
}

/**
 * The one schema for text people write and others see, in every service: NFC-normalised (so
 * the same name typed on two keyboards is the same string), then checked by `visibleTextProblem`.
 */
export function visibleText({
  kind,
  max,
  min = 1,
  trim = true,
}: VisibleTextOptions): z.ZodType<string, string> {
  return z
    .string()
    .transform((raw) => (trim ? raw.normalize('NFC').trim() : raw.normalize('NFC')))
    .pipe(
      z
        .string()
        .min(min, { error: 'must not be empty' })
        .max(max)
        .superRefine((value, ctx) => {
          const problem = visibleTextProblem(value, kind);
          if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, input: value });
        }),
    );
}
