import { z } from 'zod';

/** Ids are opaque strings chosen by the owning service (UUIDs in practice). */
export const entityIdSchema = z.string().min(1).max(100);

export const VERIFICATION_STATES = ['pending', 'verified', 'rejected'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];
export const verificationStateSchema = z.enum(VERIFICATION_STATES);

/** Free text a person wrote (notes, reasons, comments); bounded so events stay small. */
export const freeText = (max: number) => z.string().trim().min(1).max(max);
