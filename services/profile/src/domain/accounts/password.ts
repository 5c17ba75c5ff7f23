import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { HashingPool, HashLane } from './hashing-pool';
import { assertStrongPassword } from './password-strength';

const KEY_LENGTH = 32;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;

const derive = (password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });

// scrypt needs 128 × N × r bytes; node's default ceiling (32 MiB) is exactly N = 2^15, so leave headroom.
const optionsFor = (costLog2: number, r: number, p: number): ScryptOptions => {
  const N = 2 ** costLog2;
  return { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
};

/**
 * Hashes with node's scrypt. The parameters are stored with the hash (`scrypt$logN$r$p$salt$key`),
 * so raising the cost later still verifies every older hash.
 */
export async function hashPassword(password: string, costLog2: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, optionsFor(costLog2, BLOCK_SIZE, PARALLELISM));
  return [
    'scrypt',
    costLog2,
    BLOCK_SIZE,
    PARALLELISM,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** Constant-time comparison of the derived key; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || key === undefined) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64url'),
    optionsFor(Number(logN), Number(r), Number(p)),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

const decoys = new Map<number, Promise<string>>();

/**
 * A hash of a random password at the configured cost, made once: login verifies against it for
 * unknown emails, so an unknown address takes as long as a wrong password.
 */
export function decoyHash(costLog2: number): Promise<string> {
  let decoy = decoys.get(costLog2);
  if (decoy === undefined) {
    decoy = hashPassword(randomBytes(18).toString('base64url'), costLog2);
    decoys.set(costLog2, decoy);
  }
  return decoy;
}

/** Hashing and checking passwords, each through the bounded pool in its lane. */
export interface PasswordHasher {
  /** `costLog2` defaults to the configured cost (a lower one only for demo accounts, see passwordCostFor). */
  hash(password: string, lane: HashLane, costLog2?: number): Promise<string>;
  /**
   * A new password: judged by the strength estimator, then hashed, both inside the registration
   * lane, because the estimator is synchronous CPU work and must not run once per flooding request.
   */
  hashNew(password: string, userInputs: readonly string[], costLog2?: number): Promise<string>;
  /** A null stored hash (no such account) is checked against the decoy, so it costs the same. */
  verify(password: string, stored: string | null, lane: HashLane): Promise<boolean>;
  readonly pool: HashingPool;
}

export const createPasswordHasher = (costLog2: number, pool: HashingPool): PasswordHasher => ({
  hash: (password, lane, cost = costLog2) => pool.run(lane, () => hashPassword(password, cost)),
  hashNew: (password, userInputs, cost = costLog2) =>
    pool.run('registration', () => {
      assertStrongPassword(password, userInputs);
      return hashPassword(password, cost);
    }),
  verify: async (password, stored, lane) => {
    const hash = stored ?? (await decoyHash(costLog2));
    return pool.run(lane, () => verifyPassword(password, hash));
  },
  pool,
});
