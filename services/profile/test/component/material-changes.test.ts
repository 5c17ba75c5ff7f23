import { anAdvisorProfile } from '../builders/profile-builders';
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

const MENTOR = anAdvisorProfile({
  roles: ['mentor'],
  offers: ['mentoring'],
  ticket: undefined,
  sectors: ['10'],
});
const AS_INVESTOR = {
  ...MENTOR,
  roles: ['mentor', 'investor'],
  offers: ['mentoring', 'investment'],
  ticket: { minUsd: 1_000_000, maxUsd: 50_000_000 },
};

/** A mentor the council has verified. */
async function aVerifiedMentor(): Promise<Person> {
  const { ticket: _none, ...body } = MENTOR;
  const advisor = await profile.signUp({ role: 'advisor' });
  await profile.request('PUT', `/v1/advisors/${advisor.accountId}`, { token: advisor.token, body });
  await profile.request('POST', `/v1/advisors/${advisor.accountId}/verification`, {
    token: council.token,
    body: { decision: 'verified' },
  });
  return advisor;
}

describe('PUT /v1/advisors/:advisorId by a verified mentor', () => {
  test('when a verified mentor adds the investor role and a 50 M USD ticket, then the change is held and the verified profile stays live', async () => {
    const advisor = await aVerifiedMentor();

    const saved = await profile.request('PUT', `/v1/advisors/${advisor.accountId}`, {
      token: advisor.token,
      body: AS_INVESTOR,
    });

    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      roles: ['mentor'],
      offers: ['mentoring'],
      verification: { status: 'verified' },
      pendingChange: { roles: ['mentor', 'investor'], ticket: { minUsd: 1_000_000, maxUsd: 50_000_000 } },
    });
    expect(saved.body.ticket).toBeUndefined();
    const event = await profile.eventAbout(
      'advisor.upserted',
      advisor.accountId,
      { pendingChange: true },
      'held',
    );
    expect(event.event.payload).toMatchObject({ roles: ['mentor'], verification: 'verified' });
  });

  test('when the council approves the held change, then it becomes the profile and the event carries it', async () => {
    const advisor = await aVerifiedMentor();
    await profile.request('PUT', `/v1/advisors/${advisor.accountId}`, {
      token: advisor.token,
      body: AS_INVESTOR,
    });

    const decided = await profile.request('POST', `/v1/advisors/${advisor.accountId}/verification`, {
      token: council.token,
      body: { decision: 'verified' },
    });

    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      roles: ['mentor', 'investor'],
      ticket: { minUsd: 1_000_000, maxUsd: 50_000_000 },
      pendingChange: null,
      verification: { status: 'verified' },
    });
    const approved = await profile.eventWhere(
      ({ event }) =>
        event.type === 'advisor.upserted' &&
        event.aggregateId === advisor.accountId &&
        (event.payload as { roles: string[] }).roles.includes('investor'),
      'advisor.upserted with the approved roles',
    );
    expect(approved.event.payload).toMatchObject({ ticket: { minUsd: 1_000_000, maxUsd: 50_000_000 } });
    expect(approved.event.payload).not.toHaveProperty('pendingChange');
  });

  test('when the council rejects the held change, then it is dropped and the verified profile is unchanged', async () => {
    const advisor = await aVerifiedMentor();
    await profile.request('PUT', `/v1/advisors/${advisor.accountId}`, {
      token: advisor.token,
      body: AS_INVESTOR,
    });

    const decided = await profile.request('POST', `/v1/advisors/${advisor.accountId}/verification`, {
      token: council.token,
      body: { decision: 'rejected', reason: 'No investment track record' },
    });

    expect(decided.body).toMatchObject({
      roles: ['mentor'],
      pendingChange: null,
      verification: { status: 'verified' },
    });
  });

  test('when a verified mentor changes only capacity and bio, then it applies at once and nothing is held', async () => {
    const advisor = await aVerifiedMentor();
    const { ticket: _none, ...body } = MENTOR;

    const saved = await profile.request('PUT', `/v1/advisors/${advisor.accountId}`, {
      token: advisor.token,
      body: { ...body, capacity: 7, bio: 'Now with more time.' },
    });

    expect(saved.body).toMatchObject({
      capacity: 7,
      pendingChange: null,
      verification: { status: 'verified' },
    });
  });
});
