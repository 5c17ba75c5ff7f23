import { createPublicKey, type KeyObject } from 'node:crypto';
import type { PublicJwk } from './signing-key';

/** Keys are few (the current one and those being retired); past this the cache starts over. */
const MOST_KEYS = 32;

/**
 * Imported public keys by `kid`. Importing a JWK costs more than checking a signature, and every
 * request carries a token, so each key is imported once. An entry is reused only while the set
 * still publishes the same modulus and exponent under that `kid`.
 */
export class PublicKeyCache {
  private readonly byKid = new Map<
    string,
    { readonly n: string; readonly e: string; readonly key: KeyObject }
  >();
  /** How many imports were made; lets a test see that the cache is used. */
  imports = 0;

  keyFor(jwk: PublicJwk): KeyObject {
    const cached = this.byKid.get(jwk.kid);
    if (cached !== undefined && cached.n === jwk.n && cached.e === jwk.e) return cached.key;
    if (this.byKid.size >= MOST_KEYS) this.byKid.clear();
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    this.imports++;
    this.byKid.set(jwk.kid, { n: jwk.n, e: jwk.e, key });
    return key;
  }
}
