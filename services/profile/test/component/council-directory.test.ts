import { aStartupProfile, anAdvisorProfile } from '../builders/profile-builders';
import type { Person } from './api-client';
import { startProfile, type ProfileHarness } from './profile-harness';

let profile: ProfileHarness;
let council: Person;
beforeAll(async () => {
  profile = await startProfile();
  council = await profile.council();
});
afterAll(async () => {
  await profile.stop();
});

const idsOf = (body: { items: { startupId?: string; advisorId?: string }[] }): string[] =>
  body.items.map((item) => item.startupId ?? item.advisorId ?? '?');

const aStartupNamed = async (latin: string, ar: string): Promise<Person> => {
  const startup = await profile.signUp({ role: 'startup' });
  await profile.request('PUT', `/v1/startups/${startup.accountId}`, {
    token: startup.token,
    body: aStartupProfile({ name: { latin, ar }, sector: '62' }),
  });
  return startup;
};

describe('GET /v1/startups?q= (the council directory search)', () => {
  test('when the council searches a name in Latin or Arabic script, from the start of any word, then that startup comes back', async () => {
    const tuna = await aStartupNamed('Zuwara Blue Tuna Şirketi', 'تونة زوارة الزرقاء');
    await aStartupNamed('Ghadames Oasis Tours', 'جولات واحة غدامس');

    const searches = ['zuwara', 'BLUE tu', 'sirketi', 'تونة', 'زوارة الزر', 'تونه', 'زُوارة'];
    const found = await Promise.all(
      searches.map((q) =>
        profile.request('GET', `/v1/startups?sector=62&q=${encodeURIComponent(q)}`, { token: council.token }),
      ),
    );

    expect(found.map((answer) => ({ q: answer.status, ids: idsOf(answer.body) }))).toEqual(
      searches.map(() => ({ q: 200, ids: [tuna.accountId] })),
    );
  });

  test('when the search matches no word start, then nothing comes back and the profiles carry no search keys', async () => {
    const startup = await aStartupNamed('Misrata Steelworks', 'مصانع مصراتة للصلب');

    const inside = await profile.request('GET', '/v1/startups?q=steelworkz', { token: council.token });
    const read = await profile.request('GET', `/v1/startups/${startup.accountId}`, { token: council.token });
    const listed = await profile.request('GET', '/v1/startups?q=misrata', { token: council.token });

    expect(idsOf(inside.body)).toEqual([]);
    expect(Object.keys(read.body)).not.toContain('nameKeys');
    expect(Object.keys(listed.body.items[0])).not.toContain('nameKeys');
  });

  test('when the search is empty or too long, then it is refused with 400', async () => {
    const empty = await profile.request('GET', '/v1/startups?q=%20', { token: council.token });
    const long = await profile.request('GET', `/v1/startups?q=${'a'.repeat(121)}`, { token: council.token });

    expect([empty.status, long.status]).toEqual([400, 400]);
  });
});

describe('GET /v1/advisors?pendingChange= (the council verification queue)', () => {
  test('when a verified advisor changes a material field, then the advisor is listed with pendingChange=true and found by name', async () => {
    const advisor = await profile.signUp({ role: 'advisor' });
    const body = anAdvisorProfile({ displayName: 'Kemal Aydın', sectors: ['46'] });
    await profile.request('PUT', `/v1/advisors/${advisor.accountId}`, { token: advisor.token, body });
    await profile.request('POST', `/v1/advisors/${advisor.accountId}/verification`, {
      token: council.token,
      body: { decision: 'verified' },
    });
    const before = await profile.request('GET', '/v1/advisors?pendingChange=true&sector=46', {
      token: council.token,
    });

    await profile.request('PUT', `/v1/advisors/${advisor.accountId}`, {
      token: advisor.token,
      body: { ...body, organisation: 'Aydın Lojistik' },
    });
    const pending = await profile.request('GET', '/v1/advisors?pendingChange=true&sector=46', {
      token: council.token,
    });
    const settled = await profile.request('GET', '/v1/advisors?pendingChange=false&sector=46', {
      token: council.token,
    });
    const byName = await profile.request('GET', '/v1/advisors?q=kemal%20ayd', { token: council.token });

    expect(idsOf(before.body)).toEqual([]);
    expect(idsOf(pending.body)).toEqual([advisor.accountId]);
    expect(pending.body.items[0].pendingChange).toMatchObject({ organisation: 'Aydın Lojistik' });
    expect(idsOf(settled.body)).toEqual([]);
    expect(idsOf(byName.body)).toEqual([advisor.accountId]);
  });
});
