import { aProgramme, aStartupProfile, anAdvisorProfile } from '../builders/profile-builders';
import type { Person } from './api-client';
import { startProfile, type ProfileHarness } from './profile-harness';

let profile: ProfileHarness;
let startup: Person;
let advisor: Person;
beforeAll(async () => {
  profile = await startProfile();
  startup = await profile.signUp({ role: 'startup' });
  advisor = await profile.signUp({ role: 'advisor' });
});
afterAll(async () => {
  await profile.stop();
});

const paths = (body: { errors: { path: string }[] }): string[] => body.errors.map((issue) => issue.path);

describe('PUT /v1/startups/:startupId with invisible or direction-changing names', () => {
  test.each([
    ['a right-to-left override', 'Shams\u202Egnp.exe'],
    ['only zero-width spaces', '\u200B\u200B\u200B'],
    ['only format characters', '\u200B\u2060\uFEFF'],
  ])('when the Latin name holds %s, then it is refused with 400 on body.name.latin', async (_what, latin) => {
    const response = await profile.request('PUT', `/v1/startups/${startup.accountId}`, {
      token: startup.token,
      body: aStartupProfile({ name: { latin } }),
    });

    expect(response.status).toBe(400);
    expect(paths(response.body)).toContain('body.name.latin');
  });

  test('when the Arabic name keeps a ZWNJ inside a word and arrives decomposed, then it is stored NFC', async () => {
    const ar = 'شمس\u200Cالطاقة';
    const latin = 'S\u0327ams Enerji'.normalize('NFD');

    const response = await profile.request('PUT', `/v1/startups/${startup.accountId}`, {
      token: startup.token,
      body: aStartupProfile({ name: { latin, ar } }),
    });

    expect(response.status).toBe(201);
    expect(response.body.name).toEqual({ latin: latin.normalize('NFC'), ar });
  });
});

describe('PUT /v1/advisors/:advisorId with invisible or direction-changing names', () => {
  test('when the display name holds a right-to-left override, then it is refused with 400', async () => {
    const response = await profile.request('PUT', `/v1/advisors/${advisor.accountId}`, {
      token: advisor.token,
      body: anAdvisorProfile({ displayName: 'Mehmet\u202Ekcilyam' }),
    });

    expect(response.status).toBe(400);
    expect(paths(response.body)).toContain('body.displayName');
  });

  test('when the organisation is a single zero-width space, then it is refused with 400', async () => {
    const response = await profile.request('PUT', `/v1/advisors/${advisor.accountId}`, {
      token: advisor.token,
      body: anAdvisorProfile({ organisation: '\u200B' }),
    });

    expect(response.status).toBe(400);
    expect(paths(response.body)).toContain('body.organisation');
  });
});

describe('POST /v1/programmes with an isolate in a cohort name', () => {
  test('when a cohort name hides text in an isolate, then it is refused with 400', async () => {
    const council = await profile.council();

    const response = await profile.request('POST', '/v1/programmes', {
      token: council.token,
      body: aProgramme({ cohorts: [{ cohortId: 'autumn-2025', name: '\u2067Autumn\u2069' }] }),
    });

    expect(response.status).toBe(400);
    expect(paths(response.body)).toContain('body.cohorts.0.name');
  });
});
