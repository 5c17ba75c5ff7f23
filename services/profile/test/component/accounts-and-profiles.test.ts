import { parseEvent } from '@jisr/contracts';
import { aStartupProfile, anAdvisorProfile } from '../builders/profile-builders';
import { COUNCIL, startProfile, type ProfileHarness } from './profile-harness';

let profile: ProfileHarness;
beforeAll(async () => {
  profile = await startProfile();
});
afterAll(async () => {
  await profile.stop();
});

describe('register, log in, edit profiles', () => {
  test('when a startup and an advisor sign up and write their profiles, then the published events validate and carry no contact data or secrets', async () => {
    const startup = await profile.signUp({ role: 'startup', email: `Founder.${Date.now()}@Example.ly` });
    const advisor = await profile.signUp({ role: 'advisor' });

    const created = await profile.request('PUT', `/v1/startups/${startup.accountId}`, {
      token: startup.token,
      body: aStartupProfile(),
    });
    const edited = await profile.request('PUT', `/v1/startups/${startup.accountId}`, {
      token: startup.token,
      body: aStartupProfile({ stage: 'growth', teamSize: 12 }),
    });
    const advisorSaved = await profile.request('PUT', `/v1/advisors/${advisor.accountId}`, {
      token: advisor.token,
      body: anAdvisorProfile(),
    });

    expect([created.status, edited.status, advisorSaved.status]).toEqual([201, 200, 201]);
    expect(edited.body).toMatchObject({
      startupId: startup.accountId,
      stage: 'growth',
      teamSize: 12,
      verification: { status: 'pending' },
    });
    const startupEvent = await profile.eventWhere(
      ({ event }) =>
        event.type === 'startup.upserted' && event.aggregateId === startup.accountId && event.version === 2,
      'the second startup.upserted',
    );
    const advisorEvent = await profile.eventWhere(
      ({ event }) => event.type === 'advisor.upserted' && event.aggregateId === advisor.accountId,
      'advisor.upserted',
    );
    expect(startupEvent.topic).toBe('profile.startup.v1');
    expect(advisorEvent.topic).toBe('profile.advisor.v1');
    for (const { event } of [startupEvent, advisorEvent]) {
      expect(() => parseEvent(event)).not.toThrow();
      const text = JSON.stringify(event).toLowerCase();
      for (const secret of [
        startup.email.toLowerCase(),
        advisor.email.toLowerCase(),
        'scrypt$',
        'password',
        'phone',
        'email',
      ]) {
        expect(text).not.toContain(secret);
      }
    }
    expect(parseEvent(startupEvent.event).payload).toMatchObject({
      startupId: startup.accountId,
      stage: 'growth',
      teamSize: 12,
    });
  });

  test('when the signed-in user asks who they are, then the account is returned without its password hash', async () => {
    const startup = await profile.signUp({ role: 'startup' });

    const me = await profile.request('GET', '/v1/me', { token: startup.token });

    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      accountId: startup.accountId,
      email: startup.email,
      role: 'startup',
      status: 'active',
      emailVerified: false,
      createdAt: expect.any(String),
    });
  });

  test('when an email is registered twice (in another case), then both answers are the same and no second account exists', async () => {
    const first = await profile.signUp({ role: 'advisor' });
    const fresh = await profile.request('POST', '/v1/accounts', {
      body: { email: `new-${first.email}`, password: 'another long password', role: 'startup' },
    });

    const again = await profile.request('POST', '/v1/accounts', {
      body: { email: first.email.toUpperCase(), password: 'another long password', role: 'startup' },
    });

    expect(again.status).toBe(fresh.status);
    expect(again.status).toBe(202);
    expect(Object.keys(again.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(again.body).toEqual({ email: first.email.toUpperCase(), status: 'received' });
    await expect(profile.login(first.email, 'another long password')).rejects.toThrow(/401/);
    await expect(profile.login(first.email, first.password)).resolves.toMatchObject({
      accountId: first.accountId,
      role: 'advisor',
    });
  });

  test('when the council address is registered by someone, then the answer is the usual one and the council login is unchanged', async () => {
    const attempt = await profile.request('POST', '/v1/accounts', {
      body: { email: COUNCIL.email, password: 'someone else entirely', role: 'startup' },
    });

    expect(attempt.status).toBe(202);
    await expect(profile.login(COUNCIL.email, COUNCIL.password)).resolves.toMatchObject({ role: 'council' });
  });

  test('when someone signs themself up as council, then it is refused with 400', async () => {
    const attempt = await profile.request('POST', '/v1/accounts', {
      body: { email: 'sneaky@example.ly', password: 'long enough password', role: 'council' },
    });

    expect(attempt.status).toBe(400);
    expect(attempt.body.errors).toEqual([expect.objectContaining({ path: 'body.role' })]);
  });

  test('when a startup tries to create a council account, then it is refused with 403; the council can', async () => {
    const startup = await profile.signUp({ role: 'startup' });
    const council = await profile.council();
    const colleague = { email: `staff-${Date.now()}@deik.example.org`, password: 'colleague password' };

    const byStartup = await profile.request('POST', '/v1/council/accounts', {
      token: startup.token,
      body: colleague,
    });
    const byCouncil = await profile.request('POST', '/v1/council/accounts', {
      token: council.token,
      body: colleague,
    });

    expect(byStartup.status).toBe(403);
    expect(byCouncil.status).toBe(201);
    expect(byCouncil.body).toMatchObject({ role: 'council' });
    await expect(profile.login(colleague.email, colleague.password)).resolves.toMatchObject({
      role: 'council',
    });
  });

  test('when an advisor tries to hold a startup profile, then it is refused with 403', async () => {
    const advisor = await profile.signUp({ role: 'advisor' });

    const attempt = await profile.request('PUT', `/v1/startups/${advisor.accountId}`, {
      token: advisor.token,
      body: aStartupProfile(),
    });

    expect(attempt.status).toBe(403);
  });

  test('when an error is asked for in Arabic or Turkish, then the detail is in that language', async () => {
    const inArabic = await profile.request('POST', '/v1/sessions', {
      body: { email: 'nobody@example.ly', password: 'whatever-it-is' },
      headers: { 'accept-language': 'ar' },
    });
    const inTurkish = await profile.request('POST', '/v1/sessions', {
      body: { email: 'nobody@example.ly', password: 'whatever-it-is' },
      headers: { 'accept-language': 'tr-TR,tr;q=0.9' },
    });

    expect(inArabic.body).toMatchObject({
      code: 'AUTH.INVALID_CREDENTIALS',
      detail: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
    });
    expect(inTurkish.body).toMatchObject({
      code: 'AUTH.INVALID_CREDENTIALS',
      detail: 'E-posta veya parola hatalı.',
    });
  });
});
