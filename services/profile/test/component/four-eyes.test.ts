import { aProgramme } from '../builders/profile-builders';
import type { Person } from './api-client';
import { startProfile, type ProfileHarness } from './profile-harness';
import { aSecondAdmin } from './second-admin';

const HOUR = 3_600_000;
let profile: ProfileHarness;
let council: Person;
let approver: Person;
beforeAll(async () => {
  profile = await startProfile({ APPROVAL_TTL_HOURS: '48' });
  council = await profile.council();
  approver = await aSecondAdmin(profile, council);
});
afterAll(async () => {
  await profile.stop();
});

/** Events written to the outbox (published or not yet), so a late duplicate cannot hide. */
const outboxEventsOf = async (type: string, aggregateId: string) =>
  await (
    await profile.storage.collection({ name: 'outbox' })
  ).find({ 'event.type': type, 'event.aggregateId': aggregateId });
const askToDeactivate = (accountId: string, by: Person = council) =>
  profile.request('POST', `/v1/accounts/${accountId}/deactivation`, { token: by.token });
const decide = (approvalId: string, verdict: 'approve' | 'reject', by: Person, body: object = {}) =>
  profile.request('POST', `/v1/approvals/${approvalId}/${verdict}`, { token: by.token, body });

describe('four-eyes on erasing an account (DELETE /v1/accounts/:accountId by staff)', () => {
  test('when staff erase someone else, then a request waits for a second admin; their approval erases it once', async () => {
    const advisor = await profile.anAdvisorWithProfile();

    const asked = await profile.request('DELETE', `/v1/accounts/${advisor.accountId}`, {
      token: council.token,
    });
    const stillThere = await profile.request('GET', `/v1/advisors/${advisor.accountId}`, {
      token: council.token,
    });
    const waiting = await profile.request('GET', '/v1/approvals', { token: approver.token });
    const approved = await decide(asked.body.approvalId, 'approve', approver);

    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({
      action: 'account.erase',
      target: { type: 'account', id: advisor.accountId },
      requestedBy: { accountId: council.accountId },
      state: 'requested',
    });
    expect(Date.parse(asked.body.expiresAt) - Date.parse(asked.body.requestedAt)).toBe(48 * HOUR);
    expect(stillThere.status).toBe(200);
    expect(waiting.body.items.map((a: { approvalId: string }) => a.approvalId)).toContain(
      asked.body.approvalId,
    );
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', decidedBy: { accountId: approver.accountId } });
    await profile.eventWhere(
      ({ event }) => event.type === 'advisor.erased' && event.aggregateId === advisor.accountId,
      'advisor.erased',
    );
    await expect(profile.login(advisor.email, advisor.password)).rejects.toThrow(/401/);
  });

  test('when the requester approves their own request, then 403 APPROVAL.OWN_REQUEST and it is not on their list', async () => {
    const startup = await profile.aStartupWithProfile();
    const asked = await profile.request('DELETE', `/v1/accounts/${startup.accountId}`, {
      token: council.token,
    });

    const ownList = await profile.request('GET', '/v1/approvals', { token: council.token });
    const own = await decide(asked.body.approvalId, 'approve', council);
    const inArabic = await profile.request('POST', `/v1/approvals/${asked.body.approvalId}/approve`, {
      token: council.token,
      headers: { 'accept-language': 'ar' },
    });

    expect(ownList.body.items.map((a: { approvalId: string }) => a.approvalId)).not.toContain(
      asked.body.approvalId,
    );
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('APPROVAL.OWN_REQUEST');
    expect(inArabic.body.detail).toBe('أنت من طلب هذا؛ يجب أن يقرّر فيه موظف آخر.');
    await expect(profile.login(startup.email, startup.password)).resolves.toMatchObject({ role: 'startup' });
  });

  test('when a person erases their own account, then it is immediate, with no approval', async () => {
    const startup = await profile.signUp({ role: 'startup' });

    const erased = await profile.request('DELETE', `/v1/accounts/${startup.accountId}`, {
      token: startup.token,
    });

    expect(erased.status).toBe(204);
  });
});

describe('four-eyes on deactivating an advisor (POST /v1/accounts/:accountId/deactivation)', () => {
  test('when approved twice, or by two admins at once, then the advisor is deactivated once with one event', async () => {
    const advisor = await profile.anAdvisorWithProfile();
    const third = await aSecondAdmin(profile, council);
    const asked = await askToDeactivate(advisor.accountId);
    const askedAgain = await askToDeactivate(advisor.accountId);

    const [mine, theirs] = await Promise.all([
      decide(asked.body.approvalId, 'approve', approver),
      decide(asked.body.approvalId, 'approve', third),
    ]);
    const winner = mine.status === 200 ? approver : third;
    const retry = await decide(asked.body.approvalId, 'approve', winner);

    expect(askedAgain.body.approvalId).toBe(asked.body.approvalId);
    expect([mine.status, theirs.status].sort()).toEqual([200, 409]);
    expect(retry.status).toBe(200);
    await profile.eventWhere(
      ({ event }) => event.type === 'advisor.deactivated' && event.aggregateId === advisor.accountId,
      'advisor.deactivated',
    );
    expect(await outboxEventsOf('advisor.deactivated', advisor.accountId)).toHaveLength(1);
    await expect(profile.login(advisor.email, advisor.password)).rejects.toThrow(/403/);
  });

  test('when a second admin rejects with a reason, then nothing happens; without a reason, 400', async () => {
    const advisor = await profile.anAdvisorWithProfile();
    const asked = await askToDeactivate(advisor.accountId);

    const noReason = await decide(asked.body.approvalId, 'reject', approver);
    const rejected = await decide(asked.body.approvalId, 'reject', approver, { reason: 'Wrong advisor' });
    const approvedAfter = await decide(asked.body.approvalId, 'approve', approver);

    expect(noReason.status).toBe(400);
    expect(rejected.body).toMatchObject({ state: 'rejected', reason: 'Wrong advisor' });
    expect(approvedAfter.body.code).toBe('APPROVAL.ALREADY_DECIDED');
    await expect(profile.login(advisor.email, advisor.password)).resolves.toMatchObject({ role: 'advisor' });
  });

  test('when a startup is deactivated, then it is immediate, with no approval', async () => {
    const startup = await profile.aStartupWithProfile();

    expect((await askToDeactivate(startup.accountId)).status).toBe(204);
  });

  // Last: it moves the service's clock past every token issued so far.
  test('when nobody decides in time, then the request expires and approving it is refused with 409', async () => {
    const advisor = await profile.anAdvisorWithProfile();
    const asked = await askToDeactivate(advisor.accountId);

    profile.clock.advance(48 * HOUR);
    // Access tokens expired with the clock too: the approver signs in again.
    const again = {
      ...approver,
      token: (await profile.login(approver.email, approver.password)).accessToken,
    };
    const late = await decide(asked.body.approvalId, 'approve', again);
    const expired = await profile.request('GET', '/v1/approvals?state=expired', { token: again.token });

    expect(late.status).toBe(409);
    expect(late.body.code).toBe('APPROVAL.EXPIRED');
    expect(expired.body.items).toContainEqual(
      expect.objectContaining({ approvalId: asked.body.approvalId, state: 'expired' }),
    );
    await expect(profile.login(advisor.email, advisor.password)).resolves.toMatchObject({ role: 'advisor' });
  });
});

describe('four-eyes size of a programme (PUT /v1/programmes/:programmeId)', () => {
  test('when a programme manager sets fourEyesRoundSize, then programme.upserted carries it to matching', async () => {
    const council = await profile.council();
    const programmeId = await profile.aProgrammeBy(council);

    const saved = await profile.request('PUT', `/v1/programmes/${programmeId}`, {
      token: council.token,
      body: aProgramme({ fourEyesRoundSize: 20 }),
    });

    expect(saved.status).toBe(200);
    expect(saved.body.fourEyesRoundSize).toBe(20);
    await profile.eventAbout(
      'programme.upserted',
      programmeId,
      { fourEyesRoundSize: 20 },
      'the four-eyes size',
    );
  });
});
