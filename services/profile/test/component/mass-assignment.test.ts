import { aStartupProfile, anAdvisorProfile } from '../builders/profile-builders';
import type { Person } from './api-client';
import { startProfile, type ProfileHarness } from './profile-harness';

let profile: ProfileHarness;
let startup: Person;
let advisor: Person;
beforeAll(async () => {
  profile = await startProfile();
  startup = await profile.aStartupWithProfile();
  advisor = await profile.anAdvisorWithProfile();
});
afterAll(async () => {
  await profile.stop();
});

// JSON text, so `__proto__` arrives as an own key exactly as an attacker would send it.
const withExtra = (body: object, extra: string): string => `${JSON.stringify(body).slice(0, -1)},${extra}}`;

const FORBIDDEN = [
  ['verified', '"verified":true', 'body.verified'],
  ['verification', '"verification":{"status":"verified"}', 'body.verification'],
  ['role', '"role":"council"', 'body.role'],
  ['ownerId', '"ownerId":"someone-else"', 'body.ownerId'],
  ['__proto__', '"__proto__":{"verified":true}', 'body.__proto__'],
  ['a $-key', '"$set":{"verification.status":"verified"}', 'body.$set'],
  [
    'a nested $-key',
    '"languages":[{"code":"ar","proficiency":"native","$where":"1"}]',
    'body.languages.0.$where',
  ],
  ['placement', '"placement":{"cohortId":"spring-2025"}', 'body.placement'],
  ['paused', '"paused":false', 'body.paused'],
] as const;

describe('PUT /v1/startups/:startupId and /v1/advisors/:advisorId with fields the owner does not control', () => {
  test.each(FORBIDDEN)(
    'when a startup sends %s, then it is refused with 400 naming it and nothing is stored',
    async (_name, extra, path) => {
      const before = await profile.snapshot();

      const response = await profile.request('PUT', `/v1/startups/${startup.accountId}`, {
        token: startup.token,
        raw: withExtra(aStartupProfile({ name: { latin: 'Changed' } }), extra),
      });

      expect(response.status).toBe(400);
      expect(response.body.errors.map((issue: { path: string }) => issue.path)).toContain(path);
      expect(await profile.snapshot()).toBe(before);
    },
  );

  test.each(FORBIDDEN)(
    'when an advisor sends %s, then it is refused with 400 and nothing is stored',
    async (_name, extra) => {
      const before = await profile.snapshot();

      const response = await profile.request('PUT', `/v1/advisors/${advisor.accountId}`, {
        token: advisor.token,
        raw: withExtra(anAdvisorProfile({ capacity: 9 }), extra),
      });

      expect(response.status).toBe(400);
      expect(await profile.snapshot()).toBe(before);
    },
  );

  test('when the owner edits a verified-looking profile, then the stored verification stays the service’s own', async () => {
    const response = await profile.request('GET', `/v1/startups/${startup.accountId}`, {
      token: startup.token,
    });

    expect(response.body.verification).toMatchObject({ status: 'pending', reason: null });
    expect(response.body.name.latin).toBe('Sahara Foods');
  });
});

describe('profile field rules', () => {
  test('when a need that is not investment carries an amount, then it is refused with the path of the amount', async () => {
    const response = await profile.request('PUT', `/v1/startups/${startup.accountId}`, {
      token: startup.token,
      body: aStartupProfile({ needs: [{ kind: 'mentoring', amountUsd: 5000 }] }),
    });

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ path: 'body.needs.0.amountUsd' })]);
  });

  test('when a startup names a sector that is not an ISIC division, then it is refused', async () => {
    const response = await profile.request('PUT', `/v1/startups/${startup.accountId}`, {
      token: startup.token,
      body: { ...aStartupProfile(), sector: '04' },
    });

    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe('body.sector');
  });

  test('when the founding year is in the future, then it is refused', async () => {
    const year = profile.clock.now().getUTCFullYear() + 1;

    const response = await profile.request('PUT', `/v1/startups/${startup.accountId}`, {
      token: startup.token,
      body: aStartupProfile({ foundedYear: year }),
    });

    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe('body.foundedYear');
  });

  test('when an advisor offers investment without a ticket, then it is refused', async () => {
    const { ticket: _ticket, ...withoutTicket } = anAdvisorProfile();

    const response = await profile.request('PUT', `/v1/advisors/${advisor.accountId}`, {
      token: advisor.token,
      body: withoutTicket,
    });

    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe('body.ticket');
  });

  test('when an advisor speaks Amazigh and Italian, then the profile is accepted', async () => {
    const response = await profile.request('PUT', `/v1/advisors/${advisor.accountId}`, {
      token: advisor.token,
      body: anAdvisorProfile({
        languages: [
          { code: 'tzm', proficiency: 'native' },
          { code: 'it', proficiency: 'fluent' },
          { code: 'ar', proficiency: 'fluent' },
        ],
      }),
    });

    expect(response.status).toBe(200);
    expect(response.body.languages.map((skill: { code: string }) => skill.code)).toEqual(['tzm', 'it', 'ar']);
  });
});
