import { generateSigningKey, type PublicJwk, type Actor } from '@jisr/auth';
import { recordAction } from '../audit/record-staff-action';
import type { ProfileContext } from '../profile-context';
import type { ProfileTx } from '../profile-store.port';
import { activeKeyOf, publishedKeys, stillVerifies, type StoredSigningKey } from './signing-keys';

const store = (key: ReturnType<typeof generateSigningKey>): StoredSigningKey => ({
  ...key,
  id: key.kid,
  version: 0,
  retiredAt: null,
});

/**
 * Every start: seal again the keys an older key-encryption secret sealed (or none, from before
 * sealing), then make a signing key if storage holds none, so the JWKS is never empty.
 */
export async function ensureSigningKey(ctx: ProfileContext): Promise<string> {
  return ctx.store.transaction(async (tx) => {
    await tx.signingKeys.reseal();
    const active = activeKeyOf(await tx.signingKeys.all());
    if (active !== undefined) return active.kid;
    return (await tx.signingKeys.save(store(generateSigningKey(ctx.clock.now())))).kid;
  });
}

/**
 * Starts signing with a new key. Older keys are retired, not deleted: they stay in the JWKS until
 * every token they signed has expired, and only then are they removed.
 */
export async function rotateSigningKey(
  ctx: ProfileContext,
  actor: Actor,
): Promise<{ kid: string; retired: string[] }> {
  const now = ctx.clock.now();
  const fresh = generateSigningKey(now);
  return ctx.store.transaction(async (tx) => {
    const retired: string[] = [];
    for (const key of await tx.signingKeys.all()) {
      if (key.retiredAt === null) {
        await tx.signingKeys.save({ ...key, retiredAt: now.toISOString() });
        retired.push(key.kid);
      } else if (!stillVerifies(key, now, ctx.settings.accessTokenTtlSeconds)) {
        await tx.signingKeys.remove(key.id);
      }
    }
    await tx.signingKeys.save(store(fresh));
    // Key ids only: the key material never enters the audit log.
    const target = { type: 'signing-key', id: fresh.kid };
    const before = { signingKid: retired.at(-1) ?? null };
    await recordAction(
      tx,
      actor,
      { action: 'signing-key.rotate', target, before, after: { signingKid: fresh.kid } },
      now,
    );
    return { kid: fresh.kid, retired };
  });
}

/** The key to sign with now. */
export async function activeSigningKey(tx: ProfileTx): Promise<StoredSigningKey> {
  const active = activeKeyOf(await tx.signingKeys.all());
  if (active === undefined) throw new Error('No signing key: ensureSigningKey must run at start-up');
  return active;
}

/** The JWKS: every key a still-valid token may name. */
export async function publicSigningKeys(ctx: ProfileContext): Promise<PublicJwk[]> {
  const keys = await ctx.store.transaction((tx) => tx.signingKeys.all());
  return publishedKeys(keys, ctx.clock.now(), ctx.settings.accessTokenTtlSeconds);
}
