import { randomUUID } from 'node:crypto';
import { aStartupProfile, anAdvisorProfile } from '../builders/profile-builders';
import type { Person } from './api-client';
import { startProfile, type ProfileHarness } from './profile-harness';
import { aPlacedStartup, aProgrammeWithMilestones, introduce } from './progress-steps';
import { aCoordinatorOf, trainingWorld, type TrainingWorld } from './training/training-world';

let profile: ProfileHarness;
let world: TrainingWorld;
/** The owners: a startup placed at Tripoli, its mentor, and Tripoli's coordinator. */
const owner = {} as Record<'startup' | 'advisor' | 'coordinator', Person>;
/** Signed-in users none of those objects belong to. */
const outsider = {} as Record<'startup' | 'advisor' | 'coordinator', Person>;

beforeAll(async () => {
  profile = await startProfile();
  const council = await profile.council();
  const programmeId = await aProgrammeWithMilestones(profile, council);
  world = await trainingWorld(profile, council);
  owner.startup = await aPlacedStartup(profile, council, programmeId, 'tripoli');
  owner.advisor = await profile.anAdvisorWithProfile();
  await introduce(profile, owner.advisor, owner.startup);
  owner.coordinator = await aCoordinatorOf(profile, 'tripoli');
  outsider.startup = await profile.aStartupWithProfile();
  outsider.advisor = await profile.anAdvisorWithProfile();
  outsider.coordinator = await aCoordinatorOf(profile, 'misrata');
});
afterAll(async () => {
  await profile.stop();
});

type Who = keyof typeof owner;
interface Kind {
  readonly who: Who;
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  readonly path: (id: string) => string;
  readonly body?: () => object;
}

const startupKinds: Record<string, Kind> = {
  "a startup's profile": { who: 'startup', method: 'GET', path: (id) => `/v1/startups/${id}` },
  "replacing a startup's profile": {
    who: 'startup',
    method: 'PUT',
    path: (id) => `/v1/startups/${id}`,
    body: () => aStartupProfile(),
  },
  "another centre's startup": { who: 'coordinator', method: 'GET', path: (id) => `/v1/startups/${id}` },
  "a startup's milestones": { who: 'advisor', method: 'GET', path: (id) => `/v1/startups/${id}/milestones` },
  "claiming a startup's milestone": {
    who: 'startup',
    method: 'POST',
    path: (id) => `/v1/startups/${id}/milestones/business-plan/reached`,
    body: () => ({ text: 'Done.' }),
  },
  "confirming a startup's milestone": {
    who: 'advisor',
    method: 'POST',
    path: (id) => `/v1/startups/${id}/milestones/business-plan/confirm`,
  },
  "a startup's outcomes": { who: 'advisor', method: 'GET', path: (id) => `/v1/startups/${id}/outcomes` },
  "reporting a startup's outcomes": {
    who: 'startup',
    method: 'PUT',
    path: (id) => `/v1/startups/${id}/outcomes/2025-Q1`,
    body: () => ({
      employees: 12,
      womenEmployed: 5,
      youthEmployed: 7,
      revenueBand: '50k-250k',
      investmentRaised: { amountUsd: 0, source: 'grant' },
      turkishDeals: [],
    }),
  },
  "exporting an account's data": { who: 'startup', method: 'GET', path: (id) => `/v1/accounts/${id}/export` },
  'erasing an account': { who: 'startup', method: 'DELETE', path: (id) => `/v1/accounts/${id}` },
};
const advisorKinds: Record<string, Kind> = {
  "an advisor's profile": { who: 'advisor', method: 'GET', path: (id) => `/v1/advisors/${id}` },
  "replacing an advisor's profile": {
    who: 'advisor',
    method: 'PUT',
    path: (id) => `/v1/advisors/${id}`,
    body: () => anAdvisorProfile(),
  },
  'pausing an advisor': {
    who: 'advisor',
    method: 'PUT',
    path: (id) => `/v1/advisors/${id}/pause`,
    body: () => ({ paused: true }),
  },
};
const sessionKinds: Record<string, Kind> = {
  "another centre's session roster": {
    who: 'coordinator',
    method: 'GET',
    path: (id) => `${world.session(id)}/roster`,
  },
  "recording another centre's attendance": {
    who: 'coordinator',
    method: 'POST',
    path: (id) => `${world.session(id)}/attendance`,
    body: () => ({ startupIds: [owner.startup.accountId] }),
  },
  "another centre's check-in code": {
    who: 'coordinator',
    method: 'POST',
    path: (id) => `${world.session(id)}/check-in-code`,
  },
};

/** What an outsider observes of a refusal: status, code, the (Arabic) detail and the media type. */
const seen = async (kind: Kind, id: string): Promise<{ status: number; text: string }> => {
  const reply = await profile.request(kind.method, kind.path(id), {
    token: outsider[kind.who].token,
    headers: { 'accept-language': 'ar' },
    ...(kind.body === undefined ? {} : { body: kind.body() }),
  });
  return {
    status: reply.status,
    text: JSON.stringify([reply.body.code, reply.body.detail, reply.headers.get('content-type')]),
  };
};

describe("profile API: another user's object answers as a missing one", () => {
  test.each([
    ...Object.entries(startupKinds).map(
      ([what, kind]) => [what, kind, () => owner.startup.accountId] as const,
    ),
    ...Object.entries(advisorKinds).map(
      ([what, kind]) => [what, kind, () => owner.advisor.accountId] as const,
    ),
    ...Object.entries(sessionKinds).map(([what, kind]) => [what, kind, () => 'export-finance'] as const),
  ])(
    'when an outsider asks for %s by an existing id and by a random id, then both answer the same 404',
    async (_what, kind, existingId) => {
      const existing = await seen(kind, existingId());
      const random = await seen(kind, randomUUID());

      expect(existing.status).toBe(404);
      expect(existing).toEqual(random);
    },
  );

  test('when the owners ask for the same objects, then they exist (200)', async () => {
    const read = (who: Who, path: string) => profile.request('GET', path, { token: owner[who].token });
    const { accountId: startupId } = owner.startup;

    const replies = await Promise.all([
      read('startup', `/v1/startups/${startupId}`),
      read('coordinator', `/v1/startups/${startupId}`),
      read('advisor', `/v1/startups/${startupId}/milestones`),
      read('advisor', `/v1/startups/${startupId}/outcomes`),
      read('startup', `/v1/accounts/${startupId}/export`),
      read('advisor', `/v1/advisors/${owner.advisor.accountId}`),
      read('coordinator', `${world.session('export-finance')}/roster`),
    ]);

    expect(replies.map((reply) => reply.status)).toEqual(Array(7).fill(200));
  });
});
