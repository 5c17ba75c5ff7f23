import type { Locale } from '@jisr/contracts';

/**
 * Where a person's notification email goes, as profile last reported it (`account.contact-changed`).
 * After erasure the address is gone and the record stays, so a late event cannot bring it back.
 */
export interface MailRecipient {
  readonly id: string;
  readonly email: string | null;
  readonly locale: Locale;
  readonly erased: boolean;
  readonly sourceVersion: number;
  readonly version: number;
}
