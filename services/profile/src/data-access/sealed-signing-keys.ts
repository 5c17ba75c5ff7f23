import type { KeyVault } from '@jisr/auth';
import type { EntityRepository } from '@jisr/storage';
import type { StoredSigningKey } from '../domain/keys/signing-keys';
import type { ProfileTx } from '../domain/profile-store.port';

/** A signing key as stored: the private half sealed by the key vault, never in clear. */
export interface SealedSigningKey extends Omit<StoredSigningKey, 'privateKeyPem'> {
  readonly privateKeySealed?: string;
  /** Only in key stores written before keys were sealed; sealed at the next start. */
  readonly privateKeyPem?: string;
}

/** The signing-key repository the domain sees: clear keys in, sealed documents in storage. */
export function sealedSigningKeys(
  docs: EntityRepository<SealedSigningKey>,
  vault: KeyVault,
): ProfileTx['signingKeys'] {
  const seal = ({ privateKeyPem, ...key }: StoredSigningKey): SealedSigningKey => ({
    ...key,
    privateKeySealed: vault.seal(privateKeyPem, key.kid),
  });
  const open = ({ privateKeySealed, privateKeyPem, ...key }: SealedSigningKey): StoredSigningKey => ({
    ...key,
    privateKeyPem:
      privateKeySealed === undefined ? (privateKeyPem ?? '') : vault.open(privateKeySealed, key.kid),
  });
  const all = async () => (await docs.find({})).map(open);
  return {
    get: async (id) => {
      const doc = await docs.get(id);
      return doc === null ? null : open(doc);
    },
    save: async (key) => open(await docs.save(seal(key))),
    remove: (id) => docs.remove(id),
    all,
    reseal: async () => {
      let resealed = 0;
      for (const doc of await docs.find({})) {
        if (doc.privateKeySealed !== undefined && !vault.isStale(doc.privateKeySealed)) continue;
        // Written as a whole document, so a clear `privateKeyPem` from before sealing is gone.
        await docs.save(seal(open(doc)));
        resealed += 1;
      }
      return resealed;
    },
  };
}
