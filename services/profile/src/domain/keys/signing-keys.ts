import type { PublicJwk, SigningKey } from '@jisr/auth';

/** A signing key as kept in storage; `id` is its `kid`. Retired keys still verify until their tokens expire. */
export interface StoredSigningKey extends SigningKey {
  readonly id: string;
  readonly version: number;
  readonly retiredAt: string | null;
}

const byNewest = (a: StoredSigningKey, b: StoredSigningKey): number => b.createdAt.localeCompare(a.createdAt);

/** The key new tokens are signed with: the newest one not retired (two instances racing at first start may both add one). */
export const activeKeyOf = (keys: readonly StoredSigningKey[]): StoredSigningKey | undefined =>
  [...keys].filter((key) => key.retiredAt === null).sort(byNewest)[0];

/** A retired key is needed while a token it signed may still be unexpired. */
export const stillVerifies = (key: StoredSigningKey, now: Date, accessTokenTtlSeconds: number): boolean =>
  key.retiredAt === null || Date.parse(key.retiredAt) + accessTokenTtlSeconds * 1000 > now.getTime();

/** The public keys to publish in the JWKS, newest first. */
export const publishedKeys = (
  keys: readonly StoredSigningKey[],
  now: Date,
  accessTokenTtlSeconds: number,
): PublicJwk[] =>
  [...keys]
    .filter((key) => stillVerifies(key, now, accessTokenTtlSeconds))
    .sort(byNewest)
    .map((key) => key.publicJwk);
