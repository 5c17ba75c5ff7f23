import { createHash, generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { z } from 'zod';

/** The public half of a signing key as published in a JWKS. */
export const publicJwkSchema = z.object({
  kty: z.literal('RSA'),
  n: z.string().min(1),
  e: z.string().min(1),
  kid: z.string().min(1),
  alg: z.literal('RS256').optional(),
  use: z.literal('sig').optional(),
});
export type PublicJwk = z.infer<typeof publicJwkSchema>;

export const jwksSchema = z.object({ keys: z.array(z.unknown()) });

export interface SigningKey {
  readonly kid: string;
  readonly privateKeyPem: string;
  readonly publicJwk: PublicJwk;
  /** ISO 8601; lets the key store rotate and retire keys by age. */
  readonly createdAt: string;
}

/** A fresh RSA-2048 key pair for RS256; `kid` is its RFC 7638 JWK thumbprint. */
export function generateSigningKey(now: Date = new Date()): SigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { n, e } = publicKey.export({ format: 'jwk' });
  if (n === undefined || e === undefined) throw new Error('node:crypto exported an RSA key without n/e');
  const kid = jwkThumbprint({ n, e });
  return {
    kid,
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicJwk: { kty: 'RSA', n, e, kid, alg: 'RS256', use: 'sig' },
    createdAt: now.toISOString(),
  };
}

/** RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace. */
export function jwkThumbprint({ n, e }: Pick<JsonWebKey, 'n' | 'e'>): string {
  const canonical = JSON.stringify({ e, kty: 'RSA', n });
  return createHash('sha256').update(canonical).digest('base64url');
}
