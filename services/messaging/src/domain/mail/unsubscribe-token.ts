import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { MAIL_KINDS, type MailKind } from './mail-preferences';

/**
 * The credential in a one-click unsubscribe link (RFC 8058): who and which kind, signed with the
 * service's key. It does not expire — a months-old email must still let its reader stop the next.
 */
export interface UnsubscribeClaim {
  readonly accountId: string;
  /** The kinds the email told of (a daily digest may hold several). */
  readonly kinds: readonly MailKind[];
}

/** A service secret kept in messaging's own storage, so every instance and restart signs alike. */
export interface MailKey {
  readonly id: string;
  readonly key: string;
  readonly version: number;
}

/** A new signing key for unsubscribe links. */
export const newUnsubscribeKey = (): string => randomBytes(32).toString('base64url');

const mac = (key: string, payload: string): Buffer => createHmac('sha256', key).update(payload).digest();

export function signUnsubscribe(key: string, claim: UnsubscribeClaim): string {
  const payload = Buffer.from(`${claim.accountId}:${claim.kinds.join(',')}`).toString('base64url');
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

/** The claim of a genuine token; null for anything forged, altered or malformed. */
export function verifyUnsubscribe(key: string, token: string): UnsubscribeClaim | null {
  const [payload, signature, extra] = token.split('.');
  if (payload === undefined || signature === undefined || extra !== undefined) return null;
  const expected = mac(key, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const decoded = Buffer.from(payload, 'base64url').toString();
  const split = decoded.lastIndexOf(':');
  const accountId = decoded.slice(0, split);
  const kinds = decoded.slice(split + 1).split(',');
  const known = (kind: string): kind is MailKind => (MAIL_KINDS as readonly string[]).includes(kind);
  if (split <= 0 || !kinds.every(known)) return null;
  return { accountId, kinds };
}
