import { canonicalJson } from './canonical-json';
import type { FieldValues } from './audit-record';

/**
 * Parts of a field name that mark what an audit record must never hold: secrets, password hashes,
 * tokens and keys, a person's words (message bodies, notes) and contact details. The record says
 * such a field changed, never what it holds.
 */
const WITHHELD = [
  'password',
  'secret',
  'token',
  'hash',
  'salt',
  'private',
  'credential',
  'otp',
  'signature',
  'body',
  'message',
  'note',
] as const;

/** Contact details, by the name's end: `email`, `newEmail`, `emailKey`, `phone` — not `emailVerifiedAt`. */
const CONTACT = /(email|emailkey|phone|mobile)$/;

export const REDACTED = '[redacted]';

/** Bookkeeping that changes with every save and says nothing about the action. */
const BOOKKEEPING = ['version', 'updatedAt'];

export const isWithheld = (field: string): boolean => {
  const name = field.toLowerCase();
  return WITHHELD.some((part) => name.includes(part)) || CONTACT.test(name);
};

/** The value with every withheld field, at any depth, replaced by a marker. */
export function redact(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redact(item));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .map(([key, member]) => [key, isWithheld(key) ? REDACTED : redact(member)]),
  );
}

/** Any entity; interfaces without an index signature are welcome. */
type Fields = object;

/**
 * The top-level fields that differ between two states of an entity, each side redacted. A null
 * side (created, erased) contributes no values, so the other side lists every field it has.
 */
export function changedFields(
  before: Fields | null,
  after: Fields | null,
  ignore: readonly string[] = BOOKKEEPING,
): { before: FieldValues; after: FieldValues } {
  const was: Record<string, unknown> = {};
  const is: Record<string, unknown> = {};
  const old = (before ?? {}) as Readonly<Record<string, unknown>>;
  const now = (after ?? {}) as Readonly<Record<string, unknown>>;
  const names = new Set([...Object.keys(old), ...Object.keys(now)]);
  for (const name of [...names].sort()) {
    if (ignore.includes(name)) continue;
    const [a, b] = [old[name], now[name]];
    if (a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b)) continue;
    if (a !== undefined) was[name] = isWithheld(name) ? REDACTED : redact(a);
    if (b !== undefined) is[name] = isWithheld(name) ? REDACTED : redact(b);
  }
  return { before: was, after: is };
}
