import { z } from 'zod';
import { MAIL_DELIVERIES, MAIL_KINDS, type MailKind } from '../../domain/mail/mail-preferences';

const delivery = z.enum(MAIL_DELIVERIES);
const everyKind = Object.fromEntries(MAIL_KINDS.map((kind) => [kind, delivery])) as Record<
  MailKind,
  typeof delivery
>;

/** Every kind of notification email and how it reaches the person. */
export const mailChoicesSchema = z.object(everyKind).strict();

export const mailPreferencesSchema = z.object({ choices: mailChoicesSchema });
export const mailPreferencesBody = z.object({ choices: mailChoicesSchema }).strict();

export const unsubscribeParams = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{1,400}\.[A-Za-z0-9_-]{1,100}$/, 'is not an unsubscribe link'),
  })
  .strict();
/** What RFC 8058 mail clients post; a bodiless POST (a person's click) is the same request. */
export const unsubscribeBody = z.object({ 'List-Unsubscribe': z.literal('One-Click').optional() }).strict();
export const unsubscribedSchema = z.object({
  kinds: z.array(z.enum(MAIL_KINDS)),
  delivery: z.literal('never'),
});
