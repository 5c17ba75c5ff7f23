import { startProfile, type ProfileHarness } from './profile-harness';

let profile: ProfileHarness;
beforeAll(async () => {
  profile = await startProfile();
});
afterAll(async () => {
  await profile.stop();
});

const codesFor = async (q: string): Promise<string[]> => {
  const found = await profile.request('GET', `/v1/sectors?q=${encodeURIComponent(q)}`);
  expect(found.status).toBe(200);
  return found.body.items.map((item: { code: string }) => item.code);
};

describe('GET /v1/sectors', () => {
  test('when a founder searches in Arabic, Turkish or English, then the same ISIC division is found', async () => {
    const [arabic, turkish, english] = await Promise.all([
      codesFor('الكهرباء'),
      codesFor('elektrik'),
      codesFor('Electricity'),
    ]);

    expect(arabic).toContain('35');
    expect(turkish).toContain('35');
    expect(english).toContain('35');
  });

  test('when a division is found, then its title comes in all three languages', async () => {
    const found = await profile.request('GET', `/v1/sectors?q=${encodeURIComponent('البرمجة')}`);

    expect(found.body.items).toContainEqual({
      code: '62',
      section: 'J',
      label: {
        en: 'Computer programming, consultancy and related activities',
        ar: 'أنشطة البرمجة الحاسوبية والخبرة الاستشارية وما يتصل بها من أنشطة',
        tr: 'Bilgisayar programlama, danışmanlık ve ilgili faaliyetler',
      },
    });
  });

  test('when no term is given, then all 88 divisions come without a token; an unknown parameter is a 400', async () => {
    const all = await profile.request('GET', '/v1/sectors');
    const unknown = await profile.request('GET', '/v1/sectors?sector=35');

    expect(all.body.items).toHaveLength(88);
    expect(unknown.status).toBe(400);
  });
});
