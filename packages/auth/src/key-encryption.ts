import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

const FORMAT = 'kek1';
const SALT = 'jisr/signing-key-encryption';
const IV_BYTES = 12;

/** Seals private signing keys at rest (AES-256-GCM) with keys derived from operator secrets. */
export interface KeyVault {
  /** Encrypts with the current (first) secret; `kid` is bound as associated data, so blobs cannot be swapped. */
  seal(privateKeyPem: string, kid: string): string;
  /** Decrypts with whichever configured secret sealed it; an unknown secret is an error that says so. */
  open(sealed: string, kid: string): string;
  /** True when a blob was sealed by an older secret and should be sealed again with the current one. */
  isStale(sealed: string): boolean;
}

interface Kek {
  readonly id: string;
  readonly key: Buffer;
}

const kekOf = (secret: string): Kek => {
  const key = Buffer.from(hkdfSync('sha256', secret, SALT, 'aes-256-gcm', 32));
  // A fingerprint of the derived key names the secret in each blob without revealing it.
  return { id: createHash('sha256').update(key).digest('base64url').slice(0, 10), key };
};

/**
 * The vault over the configured secrets, current first, older ones only to open what they sealed.
 * Rotation: put the new secret first, keep the old one after it, restart (keys are sealed again at
 * start), then drop the old one.
 */
export function createKeyVault(secrets: readonly string[]): KeyVault {
  const keks = secrets.map(kekOf);
  const current = keks[0];
  if (current === undefined) throw new Error('At least one key-encryption secret is required');
  const parse = (sealed: string) => {
    const [format, kekId, iv, tag, data] = sealed.split('.');
    if (
      format !== FORMAT ||
      kekId === undefined ||
      iv === undefined ||
      tag === undefined ||
      data === undefined
    )
      throw new Error('A stored signing key is not in the sealed format');
    return { kekId, iv, tag, data };
  };
  return {
    seal(privateKeyPem, kid) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv).setAAD(Buffer.from(kid));
      const data = Buffer.concat([cipher.update(privateKeyPem, 'utf8'), cipher.final()]);
      return [FORMAT, current.id, iv, cipher.getAuthTag(), data]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    open(sealed, kid) {
      const { kekId, iv, tag, data } = parse(sealed);
      const kek = keks.find((candidate) => candidate.id === kekId);
      if (kek === undefined)
        throw new Error(`Signing key ${kid} was sealed with a key-encryption secret that is not configured`);
      const decipher = createDecipheriv('aes-256-gcm', kek.key, Buffer.from(iv, 'base64url'))
        .setAAD(Buffer.from(kid))
        .setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
    isStale: (sealed) => parse(sealed).kekId !== current.id,
  };
}
