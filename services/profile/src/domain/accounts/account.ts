import type { StaffRole } from '@jisr/auth';
import type { Locale } from '@jisr/contracts';
import { z } from 'zod';

export const ACCOUNT_STATUSES = ['active', 'deactivated', 'erased'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
export type AccountRole = 'startup' | 'advisor' | 'council';

/**
 * A person's credentials and role. The id is also the id of their startup or advisor profile, and
 * `eventVersion` is that person's sequence on their profile topic, kept here so that it survives
 * the profile's erasure.
 */
export interface Account {
  readonly id: string;
  readonly version: number;
  /** Null once erased. */
  readonly email: string | null;
  /** The unique lookup key: the normalised email, or `erased:<id>` after erasure. */
  readonly emailKey: string;
  readonly role: AccountRole;
  readonly passwordHash: string | null;
  readonly status: AccountStatus;
  readonly createdBy: 'self' | 'council' | 'bootstrap';
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly eventVersion: number;
  /**
   * When the owner proved the address is theirs (the emailed link); null until then. Absent on
   * accounts from before verification existed, which count as verified.
   */
  readonly emailVerifiedAt?: string | null;
  /** The language account mail is written in: the one the person signed up in. */
  readonly locale?: Locale;
  /** This account's sequence on the `profile.account.v1` topic (contact details for messaging). */
  readonly contactVersion?: number;
  /** A staff account's roles; absent on staff accounts from before roles (read as the bootstrap set). */
  readonly staffRoles?: readonly StaffRole[];
  /** The partner organisation a staff account belongs to. */
  readonly organisationId?: string;
  /** The centres a centre-coordinator serves. */
  readonly centreIds?: readonly string[];
  /** This staff account's sequence on the `profile.staff.v1` topic. */
  readonly staffEventVersion?: number;
}

/** Unverified accounts sign in but cannot request or accept introductions (the token says so). */
export const isEmailVerified = (account: Account): boolean => account.emailVerifiedAt !== null;

/** Emails compare case-insensitively and without surrounding blanks. */
export const emailKeyOf = (email: string): string => email.trim().toLowerCase();

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: 'must be an email address' }));

// A floor that blocks the worst passwords and a ceiling that keeps hashing cheap to refuse.
export const passwordSchema = z.string().min(10, { error: 'must be at least 10 characters' }).max(200);

export const registerBodySchema = z
  .object({ email: emailSchema, password: passwordSchema, role: z.enum(['startup', 'advisor']) })
  .strict();
export type RegisterBody = z.infer<typeof registerBodySchema>;

export const councilAccountBodySchema = z.object({ email: emailSchema, password: passwordSchema }).strict();

export const loginBodySchema = z
  .object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(200) })
  .strict();
export type LoginBody = z.infer<typeof loginBodySchema>;

/** A token from an emailed link: opaque, url-safe. */
export const emailTokenSchema = z.string().trim().min(20).max(200);

export const emailTokenBodySchema = z.object({ token: emailTokenSchema }).strict();

export const passwordResetRequestSchema = z.object({ email: emailSchema }).strict();

export const passwordResetBodySchema = z
  .object({ token: emailTokenSchema, password: passwordSchema })
  .strict();

export const passwordChangeBodySchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema })
  .strict();

export const emailChangeBodySchema = z
  .object({ newEmail: emailSchema, password: z.string().min(1).max(200) })
  .strict();

export const refreshBodySchema = z.object({ refreshToken: z.string().min(1).max(200) }).strict();

export const accountViewSchema = z.object({
  accountId: z.string(),
  email: z.string().nullable(),
  role: z.enum(['startup', 'advisor', 'council']),
  status: z.enum(ACCOUNT_STATUSES),
  emailVerified: z.boolean(),
  createdAt: z.string(),
});
export type AccountView = z.infer<typeof accountViewSchema>;

/**
 * The one answer to a registration, whether the email was new or already had an account: "check
 * your inbox" (a new account gets a verification link, an existing owner a warning).
 */
export const registrationReceiptSchema = z.object({
  email: z.string(),
  status: z.literal('received'),
});
export type RegistrationReceipt = z.infer<typeof registrationReceiptSchema>;

export const registrationReceipt = (email: string): RegistrationReceipt => ({
  email: email.trim(),
  status: 'received',
});

export const viewAccount = (account: Account): AccountView => ({
  accountId: account.id,
  email: account.email,
  role: account.role,
  status: account.status,
  emailVerified: isEmailVerified(account),
  createdAt: account.createdAt,
});
