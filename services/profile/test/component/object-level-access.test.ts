import { makeEvent, TOPICS } from '@jisr/contracts';
import { aProgramme, aStartupProfile, anAdvisorProfile } from '../builders/profile-builders';
import type { Person } from './api-client';
import { startProfile, type ProfileHarness } from './profile-harness';

let profile: ProfileHarness;
let council: Person;
let startup: Person;
let otherStartup: Person;
let advisor: Person;
let otherAdvisor: Person;
let programmeId: string;
let noticeId: string;

beforeAll(async () => {
  profile = await startProfile();
  council = await profile.council();
  startup = await profile.aStartupWithProfile();
  otherStartup = await profile.signUp({ role: 'startup' });
  advisor = await profile.anAdvisorWithProfile();
  otherAdvisor = await profile.signUp({ role: 'advisor' });
  programmeId = await profile.aProgrammeBy(council);
  const unresponsive = makeEvent('advisor.unresponsive', {
    aggregateId: advisor.accountId,
    version: 1,
    payload: { advisorId: advisor.accountId, introductionIds: ['intro-1', 'intro-2', 'intro-3'] },
  });
  await profile.bus.publish(TOPICS.advisorActivity, [unresponsive]);
  const notices = await profile.eventWhere(
    ({ event }) => event.type === 'advisor.paused',
    'the advisor paused by the consumer',
  );
  expect(notices).toBeDefined();
  noticeId = (await profile.request('GET', '/v1/council/notices', { token: council.token })).body.items[0]
    .noticeId;
});
afterAll(async () => {
  await profile.stop();
});

interface Attempt {
  readonly what: string;
  readonly as: () => Person;
  readonly method: string;
  readonly path: () => string;
  readonly body?: () => unknown;
}

// Every route that takes an id, called by someone who must not act on that id.
const ATTEMPTS: Attempt[] = [
  {
    what: 'another startup replaces a startup profile',
    as: () => otherStartup,
    method: 'PUT',
    path: () => `/v1/startups/${startup.accountId}`,
    body: () => aStartupProfile({ name: { latin: 'Hijacked' } }),
  },
  {
    what: 'another startup reads a startup profile',
    as: () => otherStartup,
    method: 'GET',
    path: () => `/v1/startups/${startup.accountId}`,
  },
  {
    what: 'an advisor reads a startup profile',
    as: () => advisor,
    method: 'GET',
    path: () => `/v1/startups/${startup.accountId}`,
  },
  {
    what: 'a startup verifies itself',
    as: () => startup,
    method: 'POST',
    path: () => `/v1/startups/${startup.accountId}/verification`,
    body: () => ({ decision: 'verified' }),
  },
  {
    what: 'a startup places itself in a cohort',
    as: () => startup,
    method: 'PUT',
    path: () => `/v1/startups/${startup.accountId}/placement`,
    body: () => ({ centreId: 'tripoli', programmeId, cohortId: 'spring-2025' }),
  },
  {
    what: 'another advisor replaces an advisor profile',
    as: () => otherAdvisor,
    method: 'PUT',
    path: () => `/v1/advisors/${advisor.accountId}`,
    body: () => anAdvisorProfile({ capacity: 50 }),
  },
  {
    what: 'another advisor reads an advisor profile',
    as: () => otherAdvisor,
    method: 'GET',
    path: () => `/v1/advisors/${advisor.accountId}`,
  },
  {
    what: 'a startup reads an advisor profile',
    as: () => startup,
    method: 'GET',
    path: () => `/v1/advisors/${advisor.accountId}`,
  },
  {
    what: "another advisor flips an advisor's pause switch",
    as: () => otherAdvisor,
    method: 'PUT',
    path: () => `/v1/advisors/${advisor.accountId}/pause`,
    body: () => ({ paused: false }),
  },
  {
    what: 'an advisor verifies themself',
    as: () => advisor,
    method: 'POST',
    path: () => `/v1/advisors/${advisor.accountId}/verification`,
    body: () => ({ decision: 'verified' }),
  },
  {
    what: 'an advisor places themself at a centre',
    as: () => advisor,
    method: 'PUT',
    path: () => `/v1/advisors/${advisor.accountId}/placement`,
    body: () => ({ centreId: 'benghazi' }),
  },
  {
    what: "another startup exports a startup's data",
    as: () => otherStartup,
    method: 'GET',
    path: () => `/v1/accounts/${startup.accountId}/export`,
  },
  {
    what: "the council exports a person's data (only the person may)",
    as: () => council,
    method: 'GET',
    path: () => `/v1/accounts/${startup.accountId}/export`,
  },
  {
    what: "another startup erases a startup's account",
    as: () => otherStartup,
    method: 'DELETE',
    path: () => `/v1/accounts/${startup.accountId}`,
  },
  {
    what: "an advisor erases another advisor's account",
    as: () => otherAdvisor,
    method: 'DELETE',
    path: () => `/v1/accounts/${advisor.accountId}`,
  },
  {
    what: 'a startup deactivates another account',
    as: () => startup,
    method: 'POST',
    path: () => `/v1/accounts/${otherStartup.accountId}/deactivation`,
  },
  {
    what: 'a startup replaces a programme',
    as: () => startup,
    method: 'PUT',
    path: () => `/v1/programmes/${programmeId}`,
    body: () => aProgramme({ responseDeadlineDays: 60 }),
  },
  {
    what: "an advisor changes a programme's matching weights",
    as: () => advisor,
    method: 'PUT',
    path: () => `/v1/programmes/${programmeId}/weights`,
    body: () => ({ sector: 1, stage: 0, language: 0, needs: 0, load: 0 }),
  },
  {
    what: 'a startup renames a centre',
    as: () => startup,
    method: 'PUT',
    path: () => '/v1/centres/tripoli',
    body: () => ({ name: { en: 'x', ar: 'x', tr: 'x' }, city: 'tripoli' }),
  },
  {
    what: 'an advisor marks a council notice read',
    as: () => advisor,
    method: 'POST',
    path: () => `/v1/council/notices/${noticeId}/read`,
  },
];

describe('object-level access on every route that takes an id', () => {
  test.each(ATTEMPTS.map((attempt) => [attempt.what, attempt] as const))(
    'when %s, then it is refused with 403/404 and nothing stored changes',
    async (_what, attempt) => {
      const before = await profile.snapshot();

      const response = await profile.request(attempt.method, attempt.path(), {
        token: attempt.as().token,
        ...(attempt.body === undefined ? {} : { body: attempt.body() }),
      });

      expect([403, 404]).toContain(response.status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await profile.snapshot()).toBe(before);
    },
  );

  test('when the owner and the council read a startup profile, then both may', async () => {
    const byOwner = await profile.request('GET', `/v1/startups/${startup.accountId}`, {
      token: startup.token,
    });
    const byCouncil = await profile.request('GET', `/v1/startups/${startup.accountId}`, {
      token: council.token,
    });

    expect([byOwner.status, byCouncil.status]).toEqual([200, 200]);
    expect(byOwner.body.name.latin).toBe('Sahara Foods');
  });

  test('when any signed-in user reads a programme, then it is shown (programmes are public within Jisr by design)', async () => {
    const byAdvisor = await profile.request('GET', `/v1/programmes/${programmeId}`, {
      token: otherAdvisor.token,
    });

    expect(byAdvisor.status).toBe(200);
    expect(byAdvisor.body.phases.map((phase: { kind: string }) => phase.kind)).toEqual([
      'application',
      'training',
    ]);
  });

  test('when no token is sent to an id route, then it is 401 with a Bearer challenge', async () => {
    const anonymous = await profile.request('GET', `/v1/startups/${startup.accountId}`);

    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
  });
});
