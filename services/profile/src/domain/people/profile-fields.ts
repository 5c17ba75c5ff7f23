import { visibleText, languageSkillsSchema, VERIFICATION_STATES } from '@jisr/contracts';
import { z } from 'zod';

// Field schemas both profile kinds share. Every object is strict: an unknown key is a 400, never dropped.

/** Prose others read (bio, description, address); may be empty when optional. */
export const plainText = (max: number) => visibleText({ kind: 'prose', max, min: 0 });

/** Prose that must say something. */
export const requiredText = (max: number) => visibleText({ kind: 'prose', max });

/** What others see as who someone is: no direction controls, at least one letter or digit. */
export const nameText = (max: number) => visibleText({ kind: 'name', max });

/** Languages with proficiency, each code once (the contract's schema, strict). */
export const languagesSchema = languageSkillsSchema;

export const uniqueList = <T extends z.ZodType<string>>(item: T, min: number, max: number) =>
  z
    .array(item)
    .min(min)
    .max(max)
    .refine((items) => new Set(items).size === items.length, { error: 'must not repeat an entry' });

export const websiteSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be an http(s) URL' })
  .max(300);

/** A slug chosen by the council for cohorts, phases, sessions and centres. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,47}$/, { error: 'must be a lowercase slug' });

const inEveryLocale = (text: ReturnType<typeof visibleText>) =>
  z.object({ ar: text, tr: text, en: text }).strict();

/** A council-written title in every locale (programme, phase, centre names). */
export const strictLocalizedText = inEveryLocale(nameText(500));

/** A council-written description in every locale. */
export const localizedProse = inEveryLocale(visibleText({ kind: 'prose', max: 500 }));

export const VERIFICATION_STATUSES = VERIFICATION_STATES;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** The council's decision on a profile; `reason` is kept for rejections. */
export interface Verification {
  readonly status: VerificationStatus;
  readonly reason: string | null;
  readonly decidedAt: string | null;
  readonly decidedBy: string | null;
}

export const pendingVerification: Verification = {
  status: 'pending',
  reason: null,
  decidedAt: null,
  decidedBy: null,
};

export const verificationDecisionSchema = z
  .object({
    decision: z.enum(['verified', 'rejected']),
    reason: requiredText(500).optional(),
  })
  .strict();
export type VerificationDecision = z.infer<typeof verificationDecisionSchema>;
