import { parseEvent } from '@jisr/contracts';
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

describe('GET /v1/accounts/:accountId/export', () => {
  test('when a person exports their data, then the account, profile and sessions are in it, and no secret', async () => {
    const startup = await profile.signUp({ role: 'startup' });
    await profile.request('PUT', `/v1/startups/${startup.accountId}`, {
      token: startup.token,
      body: aStartupProfile(),
    });

    const exported = await profile.request('GET', `/v1/accounts/${startup.accountId}/export`, {
      token: startup.token,
    });

    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('attachment');
    expect(exported.body).toMatchObject({
      account: { accountId: startup.accountId, email: startup.email, role: 'startup' },
      startupProfile: { startupId: startup.accountId, website: 'https://sahara-foods.example.ly' },
      advisorProfile: null,
    });
    expect(exported.body.sessions).toHaveLength(1);
    const text = JSON.stringify(exported.body);
    expect(text).not.toContain('scrypt$');
    expect(text).not.toContain(startup.refreshToken);
  });
});

describe('DELETE /v1/accounts/:accountId (erasure)', () => {
  test('when a startup erases itself, then it cannot log in, its profile is gone from listings, and startup.erased is published', async () => {
    const startup = await profile.signUp({ role: 'startup' });
    await profile.request('PUT', `/v1/startups/${startup.accountId}`, {
      token: startup.token,
      body: aStartupProfile({ sector: '01' }),
    });
    const listedBefore = await profile.request('GET', '/v1/startups?sector=01', { token: council.token });

    const erased = await profile.request('DELETE', `/v1/accounts/${startup.accountId}`, {
      token: startup.token,
    });

    expect(listedBefore.body.items.map((item: { startupId: string }) => item.startupId)).toContain(
      startup.accountId,
    );
    expect(erased.status).toBe(204);
    const login = await profile.request('POST', '/v1/sessions', {
      body: { email: startup.email, password: startup.password },
    });
    expect(login.status).toBe(401);
    const refresh = await profile.request('POST', '/v1/sessions/refresh', {
      body: { refreshToken: startup.refreshToken },
    });
    expect(refresh.status).toBe(401);
    const listedAfter = await profile.request('GET', '/v1/startups?sector=01', { token: council.token });
    expect(listedAfter.body.items.map((item: { startupId: string }) => item.startupId)).not.toContain(
      startup.accountId,
    );
    expect(
      (await profile.request('GET', `/v1/startups/${startup.accountId}`, { token: council.token })).status,
    ).toBe(404);
    const event = await profile.eventWhere(
      ({ event }) => event.type === 'startup.erased' && event.aggregateId === startup.accountId,
      'startup.erased',
    );
    expect(parseEvent(event.event).payload).toEqual({ startupId: startup.accountId });
    // The erased event continues the startup's sequence after the profile itself is gone.
    const versions = profile.events
      .filter(({ event }) => event.aggregateId === startup.accountId)
      .map(({ event }) => event.version);
    expect(event.event.version).toBe(Math.max(...versions));
    expect(event.event.version).toBeGreaterThan(1);
  });

  test('when an erased person still holds an unexpired access token, then it cannot recreate the profile', async () => {
    const startup = await profile.signUp({ role: 'startup' });
    await profile.request('DELETE', `/v1/accounts/${startup.accountId}`, { token: startup.token });

    const recreate = await profile.request('PUT', `/v1/startups/${startup.accountId}`, {
      token: startup.token,
      body: aStartupProfile(),
    });

    expect(recreate.status).toBe(404);
    expect(
      (await profile.request('GET', `/v1/startups/${startup.accountId}`, { token: council.token })).status,
    ).toBe(404);
  });

  test('when an erased email registers again, then it is a new account with a new id', async () => {
    const advisor = await profile.signUp({ role: 'advisor' });
    await profile.request('PUT', `/v1/advisors/${advisor.accountId}`, {
      token: advisor.token,
      body: anAdvisorProfile(),
    });
    await profile.request('DELETE', `/v1/accounts/${advisor.accountId}`, { token: advisor.token });

    const again = await profile.request('POST', '/v1/accounts', {
      body: { email: advisor.email, password: advisor.password, role: 'advisor' },
    });

    expect(again.status).toBe(202);
    const tokens = await profile.login(advisor.email, advisor.password);
    expect(tokens.accountId).not.toBe(advisor.accountId);
    await profile.eventWhere(
      ({ event }) => event.type === 'advisor.erased' && event.aggregateId === advisor.accountId,
      'advisor.erased',
    );
  });

  test('when the council deactivates an account, then it cannot log in and startup.deactivated is published', async () => {
    const startup = await profile.signUp({ role: 'startup' });
    await profile.request('PUT', `/v1/startups/${startup.accountId}`, {
      token: startup.token,
      body: aStartupProfile(),
    });

    const deactivated = await profile.request('POST', `/v1/accounts/${startup.accountId}/deactivation`, {
      token: council.token,
    });
    const login = await profile.request('POST', '/v1/sessions', {
      body: { email: startup.email, password: startup.password },
    });

    expect(deactivated.status).toBe(204);
    expect(login.status).toBe(403);
    expect(login.body.code).toBe('AUTH.ACCOUNT_DEACTIVATED');
    await profile.eventWhere(
      ({ event }) => event.type === 'startup.deactivated' && event.aggregateId === startup.accountId,
      'startup.deactivated',
    );
  });
});
