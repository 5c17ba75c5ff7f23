import { hashPassword, verifyPassword } from '../../../src/domain/accounts/password';

// Cost 10 keeps each hash around a millisecond; the parameters under test do not depend on it.
const COST = 10;

describe('password hashing (scrypt)', () => {
  test('when the same password is given, then it verifies', async () => {
    const hash = await hashPassword('correct horse battery staple', COST);

    await expect(verifyPassword('correct horse battery staple', hash)).resolves.toBe(true);
  });

  test('when another password is given, then it does not verify', async () => {
    const hash = await hashPassword('correct horse battery staple', COST);

    await expect(verifyPassword('correct horse battery stapler', hash)).resolves.toBe(false);
  });

  test('when the same password is hashed twice, then the salts differ', async () => {
    const [first, second] = await Promise.all([
      hashPassword('same password', COST),
      hashPassword('same password', COST),
    ]);

    expect(first).not.toBe(second);
  });

  test('when the cost is raised later, then hashes made at the old cost still verify', async () => {
    const old = await hashPassword('long-lived password', COST);
    await hashPassword('a newer one', COST + 1);

    expect(old.split('$').slice(0, 4)).toEqual(['scrypt', String(COST), '8', '1']);
    await expect(verifyPassword('long-lived password', old)).resolves.toBe(true);
  });

  test('when the stored hash is malformed, then nothing verifies', async () => {
    await expect(verifyPassword('anything', 'plain-text-password')).resolves.toBe(false);
    await expect(verifyPassword('anything', 'scrypt$10$8$1$c2FsdA$')).resolves.toBe(false);
  });

  test('when the password differs only in Unicode composition, then it still verifies (NFKC)', async () => {
    const composed = 'şifre-güçlü-1234';
    const decomposed = composed.normalize('NFD');
    const hash = await hashPassword(composed, COST);

    await expect(verifyPassword(decomposed, hash)).resolves.toBe(true);
  });
});
