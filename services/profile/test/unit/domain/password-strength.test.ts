import { passwordWeakness } from '../../../src/domain/accounts/password-strength';

describe('password strength', () => {
  test.each([
    ['a repeated letter', 'aaaaaaaaaa', 'simpleRepeat'],
    ['a digit sequence', '1234567890', 'topHundred'],
    ['a common password', 'password123', 'common'],
  ])('when the password is %s, then it is weak with the reason %s', (_what, password, warning) => {
    expect(passwordWeakness(password, ['founder@shams.ly'])).toEqual({
      warning,
      suggestions: expect.arrayContaining([expect.any(String)]),
    });
  });

  test('when the password is the email address, then it is weak because of personal data', () => {
    expect(passwordWeakness('founder@shams.ly', ['founder@shams.ly'])?.warning).toBe('userInputs');
  });

  test('when the password is a passphrase of uncommon words, then it is strong', () => {
    expect(passwordWeakness('correct horse battery staple', ['founder@shams.ly'])).toBeNull();
  });

  test("when a demo account's published password is judged against a demo email, then it passes", () => {
    expect(passwordWeakness('jisr-demo-2017', ['amal.benali@jisr.example'])).toBeNull();
  });
});
