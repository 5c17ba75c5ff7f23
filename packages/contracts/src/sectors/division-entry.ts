import type { LocalizedText } from '../locale';
import type { SectionCode } from './sections.data';

/** One ISIC Rev.4 division as stored in the data files; `code` is narrowed to a literal there. */
export interface DivisionEntry {
  readonly code: string;
  readonly section: SectionCode;
  readonly label: LocalizedText;
}
