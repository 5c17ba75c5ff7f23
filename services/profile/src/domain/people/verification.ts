import type { Actor } from '@jisr/auth';
import { z } from 'zod';
import { LOCALES } from '@jisr/contracts';
import { rejectionNeedsReason } from '../profile-errors';
import { VERIFICATION_STATUSES, type Verification, type VerificationDecision } from './profile-fields';
import { verificationNotice } from './verification-notice';

/** The council's decision as a new verification state; a rejection without a reason is refused. */
export function decide(decision: VerificationDecision, actor: Actor, now: Date): Verification {
  if (decision.decision === 'rejected' && decision.reason === undefined) throw rejectionNeedsReason();
  return {
    status: decision.decision,
    reason: decision.decision === 'rejected' ? (decision.reason ?? null) : null,
    decidedAt: now.toISOString(),
    decidedBy: actor.sub,
  };
}

const localizedSchema = z.object(
  Object.fromEntries(LOCALES.map((locale) => [locale, z.string()])) as Record<
    (typeof LOCALES)[number],
    z.ZodString
  >,
);

export const verificationViewSchema = z.object({
  status: z.enum(VERIFICATION_STATUSES),
  reason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  notice: localizedSchema,
});

/** Who decided stays internal; the owner sees the state, the reason and a notice in every locale. */
export const viewVerification = (verification: Verification): z.infer<typeof verificationViewSchema> => ({
  status: verification.status,
  reason: verification.reason,
  decidedAt: verification.decidedAt,
  notice: verificationNotice(verification),
});
