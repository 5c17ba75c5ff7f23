import type { Locale } from '@jisr/contracts';
import type { ExplanationLine } from '../../domain/introductions/introduction';

/** Every line keeps all three languages in `text`; `sentence` is the one in the reader's locale. */
export const explained = (lines: readonly ExplanationLine[], locale: Locale) =>
  lines.map((line) => ({ ...line, sentence: line.text[locale] }));
