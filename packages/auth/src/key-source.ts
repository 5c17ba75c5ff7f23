import { keysUnavailable } from './auth-errors';
import { jwksSchema, publicJwkSchema, type PublicJwk } from './signing-key';

/** Finds the public key a token names in its `kid` header; `undefined` when no such key is known. */
export interface KeySource {
  find(kid: string): Promise<PublicJwk | undefined>;
}

export const localKeySource = (keys: () => PublicJwk[] | Promise<PublicJwk[]>): KeySource => ({
  async find(kid) {
    return (await keys()).find((key) => key.kid === kid);
  },
});

export interface JwksOptions {
  readonly jwksUrl: string;
  /** An unknown `kid` refetches the set at most this often, so forged kids cannot flood the issuer. */
  readonly minRefetchIntervalMs?: number;
  readonly fetchTimeoutMs?: number;
  readonly now: () => Date;
}

/** Keys from a JWKS URL (global fetch), cached; refetched when a token names a key not seen yet (rotation). */
export function jwksKeySource({
  jwksUrl,
  minRefetchIntervalMs = 30_000,
  fetchTimeoutMs = 3_000,
  now,
}: JwksOptions): KeySource {
  let keys = new Map<string, PublicJwk>();
  let lastAttemptMs = Number.NEGATIVE_INFINITY;
  let lastError: unknown;
  let inFlight: Promise<void> | undefined;

  const load = async (): Promise<void> => {
    lastAttemptMs = now().getTime();
    try {
      const response = await fetch(jwksUrl, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(fetchTimeoutMs),
      });
      if (!response.ok) throw new Error(`JWKS ${jwksUrl} answered ${response.status}`);
      const { keys: listed } = jwksSchema.parse(await response.json());
      // A set may also hold keys we cannot use (EC, encryption); skip those rather than fail.
      const usable = listed.flatMap((key) => {
        const parsed = publicJwkSchema.safeParse(key);
        return parsed.success ? [parsed.data] : [];
      });
      keys = new Map(usable.map((key) => [key.kid, key]));
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
  };

  const refresh = async (): Promise<void> => {
    inFlight ??= load().finally(() => {
      inFlight = undefined;
    });
    await inFlight;
  };

  return {
    async find(kid) {
      if (inFlight !== undefined) await inFlight;
      if (!keys.has(kid) && now().getTime() - lastAttemptMs >= minRefetchIntervalMs) await refresh();
      const key = keys.get(kid);
      if (key === undefined && lastError !== undefined) throw keysUnavailable(lastError);
      return key;
    },
  };
}
