import type { StoredSigningKey } from '../../../src/domain/keys/signing-keys';
import { activeKeyOf, publishedKeys } from '../../../src/domain/keys/signing-keys';

const TTL_SECONDS = 900;

const aKey = (kid: string, createdAt: string, retiredAt: string | null = null): StoredSigningKey => ({
  id: kid,
  version: 1,
  kid,
  privateKeyPem: 'not used here',
  publicJwk: { kty: 'RSA', n: `n-${kid}`, e: 'AQAB', kid, alg: 'RS256', use: 'sig' },
  createdAt,
  retiredAt,
});

describe('signing keys', () => {
  test('when two keys are active, then the newest one signs', () => {
    const keys = [aKey('older', '2025-01-01T00:00:00.000Z'), aKey('newer', '2025-01-02T00:00:00.000Z')];

    expect(activeKeyOf(keys)?.kid).toBe('newer');
  });

  test('when a key was retired less than one token lifetime ago, then it is still published', () => {
    const keys = [
      aKey('old', '2025-01-01T00:00:00.000Z', '2025-01-02T00:00:00.000Z'),
      aKey('new', '2025-01-02T00:00:00.000Z'),
    ];
    const now = new Date(Date.parse('2025-01-02T00:00:00.000Z') + (TTL_SECONDS - 1) * 1000);

    expect(publishedKeys(keys, now, TTL_SECONDS).map((key) => key.kid)).toEqual(['new', 'old']);
  });

  test('when every token the retired key signed has expired, then it is no longer published', () => {
    const keys = [
      aKey('old', '2025-01-01T00:00:00.000Z', '2025-01-02T00:00:00.000Z'),
      aKey('new', '2025-01-02T00:00:00.000Z'),
    ];
    const now = new Date(Date.parse('2025-01-02T00:00:00.000Z') + TTL_SECONDS * 1000);

    expect(publishedKeys(keys, now, TTL_SECONDS).map((key) => key.kid)).toEqual(['new']);
  });

  test('when every key is retired, then none is active', () => {
    expect(
      activeKeyOf([aKey('gone', '2025-01-01T00:00:00.000Z', '2025-01-02T00:00:00.000Z')]),
    ).toBeUndefined();
  });
});
