import { passwordCostFor } from '../../../src/domain/accounts/demo-accounts';
import type { ProfileSettings } from '../../../src/domain/profile-context';

const settings = (demoAccountCost?: number): ProfileSettings => ({
  issuer: 'jisr',
  audience: 'jisr',
  accessTokenTtlSeconds: 900,
  refreshTokenTtlSeconds: 86_400,
  passwordCost: 17,
  webUrl: 'http://127.0.0.1:4000',
  approvalTtlMs: 72 * 3_600_000,
  ...(demoAccountCost === undefined ? {} : { demoAccountCost }),
});

describe('passwordCostFor (demo accounts only)', () => {
  test('when a demo cost is set, then accounts under the reserved .example domain get it', () => {
    expect(passwordCostFor(settings(12), 'shams-solar@startups.jisr.example')).toBe(12);
    expect(passwordCostFor(settings(12), ' Council@JISR.EXAMPLE ')).toBe(12);
  });

  test('when a demo cost is set, then every real address still gets the full cost', () => {
    for (const email of ['founder@shams.ly', 'someone@example.com', 'a@jisr.example.ly', 'x@examples'])
      expect(passwordCostFor(settings(12), email)).toBe(17);
  });

  test('when the demo cost is above the configured cost, then demo addresses get the configured cost', () => {
    expect(passwordCostFor({ ...settings(12), passwordCost: 10 }, 'shams-solar@startups.jisr.example')).toBe(
      10,
    );
  });

  test('when no demo cost is set, then demo addresses get the full cost too', () => {
    expect(passwordCostFor(settings(), 'shams-solar@startups.jisr.example')).toBe(17);
  });
});
