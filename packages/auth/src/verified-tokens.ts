import type { KeySource } from './key-source';
import type { Principal } from './roles';
import type { PublicJwk } from './signing-key';

/** Past this many remembered tokens the memory starts over (a few MB at most). */
const MOST_TOKENS = 5_000;

interface Remembered {
  readonly kid: string;
  readonly n: string;
  readonly e: string;
  readonly expiresAtMs: number;
  readonly principal: Principal;
}

/**
 * Tokens whose signature and claims were checked, by their exact text. A client sends the same
 * token on every call until it expires, and an RSA check per request was the largest cost of
 * authentication on hot routes (bench:http). A remembered token still passes only before its
 * `exp` and while the key set still publishes the very key that signed it, so a retired key
 * stops its tokens at once, as without this memory.
 */
export class VerifiedTokens {
  readonly #byToken = new Map<string, Remembered>();

  async find(token: string, keys: KeySource, nowMs: number): Promise<Principal | undefined> {
    const entry = this.#byToken.get(token);
    if (entry === undefined) return undefined;
    const jwk = nowMs < entry.expiresAtMs ? await keys.find(entry.kid) : undefined;
    if (jwk?.n === entry.n && jwk.e === entry.e) return entry.principal;
    // Expired or its key retired: the full check gives the precise refusal.
    this.#byToken.delete(token);
    return undefined;
  }

  remember(token: string, jwk: PublicJwk, expSeconds: number, principal: Principal): Principal {
    if (this.#byToken.size >= MOST_TOKENS) this.#byToken.clear();
    const frozen = Object.freeze(principal);
    this.#byToken.set(token, {
      kid: jwk.kid,
      n: jwk.n,
      e: jwk.e,
      expiresAtMs: expSeconds * 1000,
      principal: frozen,
    });
    return frozen;
  }
}
