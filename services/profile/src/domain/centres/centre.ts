import { cityIdSchema, type LocalizedText } from '@jisr/contracts';
import { z } from 'zod';
import { plainText, strictLocalizedText } from '../people/profile-fields';

/** A business development centre where startups are coached and advisors meet them. */
export const centreInputSchema = z
  .object({
    name: strictLocalizedText,
    city: cityIdSchema,
    address: plainText(300).optional(),
  })
  .strict();
export type CentreInput = z.infer<typeof centreInputSchema>;

export interface Centre extends CentreInput {
  /** A slug chosen by the council, e.g. `tripoli`. */
  readonly id: string;
  readonly version: number;
  readonly updatedAt: string;
}

const text = (en: string, ar: string, tr: string): LocalizedText => ({ en, ar, tr });

/** The centres a fresh installation starts with; the council adds or renames centres later. */
export const DEFAULT_CENTRES: readonly (CentreInput & { id: string })[] = [
  {
    id: 'tripoli',
    city: 'tripoli',
    name: text(
      'Tripoli Business Development Centre',
      'مركز تطوير الأعمال طرابلس',
      'Trablus İş Geliştirme Merkezi',
    ),
  },
  {
    id: 'benghazi',
    city: 'benghazi',
    name: text(
      'Benghazi Business Development Centre',
      'مركز تطوير الأعمال بنغازي',
      'Bingazi İş Geliştirme Merkezi',
    ),
  },
  {
    id: 'misrata',
    city: 'misrata',
    name: text(
      'Misrata Business Development Centre',
      'مركز تطوير الأعمال مصراتة',
      'Misrata İş Geliştirme Merkezi',
    ),
  },
];
