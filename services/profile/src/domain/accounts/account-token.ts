import { createHash, randomBytes } from 'node:crypto';

export const EMAIL_TOKEN_PURPOSES = ['verify-email', 'reset-password', 'change-email'] as const;
export type EmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[number];

/** How long each emailed link works: a reset is short, since it opens the account. */
export const EMAIL_TOKEN_TTL_MS: Readonly<Record<EmailTokenPurpose, number>> = {
  'verify-email': 48 * 3600_000,
  'reset-password': 3600_000,
  'change-email': 24 * 3600_000,
};

/**
 * The link's token is stored only as its SHA-256 (like refresh tokens): a database leak yields no
 * usable link. Single use (`usedAt`), expiring, bound to one account, one purpose and one address.
 */
export interface EmailToken {
  /** hex SHA-256 of the token. */
  readonly id: string;
  readonly version: number;
  readonly accountId: string;
  readonly purpose: EmailTokenPurpose;
  /** The address the link was sent to (the new one for an email change). */
  readonly email: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
}

export const emailTokenId = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A fresh token (for the link) and its record (for storage). */
export const newEmailToken = (
  input: { accountId: string; purpose: EmailTokenPurpose; email: string },
  now: Date,
): { token: string; record: EmailToken } => {
  const token = randomBytes(32).toString('base64url');
  return {
    token,
    record: {
      id: emailTokenId(token),
      version: 0,
      ...input,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + EMAIL_TOKEN_TTL_MS[input.purpose]).toISOString(),
      usedAt: null,
    },
  };
};

/** Usable now for this purpose: not spent, not expired. */
export const usable = (
  record: EmailToken | null,
  purpose: EmailTokenPurpose,
  now: Date,
): record is EmailToken =>
  record !== null &&
  record.purpose === purpose &&
  record.usedAt === null &&
  Date.parse(record.expiresAt) > now.getTime();
