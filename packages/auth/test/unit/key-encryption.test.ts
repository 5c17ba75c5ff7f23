import { createKeyVault } from '../../src/key-encryption';

const PEM = '-----BEGIN PRIVATE KEY-----\nMIIEvQ…\n-----END PRIVATE KEY-----\n';
const OLD = 'the-old-key-encryption-secret-of-32+chars';
const NEW = 'the-new-key-encryption-secret-of-32+chars';

describe('key vault', () => {
  test('when a key is sealed, then the blob holds no clear text and opens to the same key', () => {
    const vault = createKeyVault([NEW]);

    const sealed = vault.seal(PEM, 'kid-1');

    expect(sealed).not.toContain('PRIVATE KEY');
    expect(vault.open(sealed, 'kid-1')).toBe(PEM);
  });

  test('when a blob is presented as another key, then it does not open', () => {
    const vault = createKeyVault([NEW]);

    expect(() => vault.open(vault.seal(PEM, 'kid-1'), 'kid-2')).toThrow();
  });

  test('when the secret rotates, then old blobs open with the old secret listed second and are stale', () => {
    const sealedByOld = createKeyVault([OLD]).seal(PEM, 'kid-1');
    const rotated = createKeyVault([NEW, OLD]);

    expect(rotated.open(sealedByOld, 'kid-1')).toBe(PEM);
    expect(rotated.isStale(sealedByOld)).toBe(true);
    expect(rotated.isStale(rotated.seal(PEM, 'kid-1'))).toBe(false);
    expect(() => createKeyVault([NEW]).open(sealedByOld, 'kid-1')).toThrow(/not configured/);
  });
});
