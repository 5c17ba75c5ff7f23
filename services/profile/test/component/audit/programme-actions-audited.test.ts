import type { Person } from '../api-client';
import { startProfile, type ProfileHarness } from '../profile-harness';
import { aCoordinatorOf, aPlacedStartup, TRAINING_MILESTONES } from '../progress-steps';
import { aSecondAdmin } from '../second-admin';
import { trainingWorld } from '../training/training-world';
import { recordsAbout, recordsAddedBy } from './audit-reader';

let profile: ProfileHarness;
let council: Person;
beforeAll(async () => {
  profile = await startProfile();
  council = await profile.council();
});
afterAll(async () => {
  await profile.stop();
});

const ok = async <T>(reply: Promise<{ status: number; text: string; body: T }>): Promise<T> => {
  const { status, text, body } = await reply;
  if (status >= 300) throw new Error(`answered ${status}: ${text}`);
  return body;
};

describe('the audit trail of programme staff actions', () => {
  test('when staff record attendance and issue a check-in code, then each writes one record about the session and none holds the code', async () => {
    const world = await trainingWorld(profile, council, 5);
    const startup = await world.aPlacedStartup();
    await ok(profile.request('POST', `${world.session('pitching')}/registrations`, { token: startup.token }));
    let code = '';

    const added = await recordsAddedBy(profile, council, `${world.programmeId}~pitching`, async () => {
      await ok(
        profile.request('POST', `${world.session('pitching')}/attendance`, {
          token: council.token,
          body: { startupIds: [startup.accountId] },
        }),
      );
      ({ code } = await ok(
        profile.request<{ code: string }>('POST', `${world.session('pitching')}/check-in-code`, {
          token: council.token,
        }),
      ));
    });

    expect(added.map((record) => [record.action, record.target])).toEqual([
      ['training.attendance-record', { type: 'training-session', id: `${world.programmeId}~pitching` }],
      ['training.check-in-code', { type: 'training-session', id: `${world.programmeId}~pitching` }],
    ]);
    expect(added[0]!.after).toEqual({
      attended: [expect.objectContaining({ startupId: startup.accountId, via: 'coordinator' })],
    });
    expect(added[1]!.after).toEqual({ expiresAt: expect.any(String) });
    expect(code).not.toBe('');
    expect(JSON.stringify(added)).not.toContain(code);
  });

  test('when a programme manager defines milestones and a coordinator confirms one and sends another back, then each writes one record', async () => {
    const programmeId = await profile.aProgrammeBy(council);
    const definitions = await recordsAddedBy(profile, council, programmeId, () =>
      ok(
        profile.request('PUT', `/v1/programmes/${programmeId}/phases/training/milestones`, {
          token: council.token,
          body: { milestones: TRAINING_MILESTONES },
        }),
      ),
    );
    expect(definitions).toHaveLength(1);
    expect(definitions[0]).toMatchObject({
      action: 'milestones.define',
      actor: { accountId: council.accountId },
      target: { type: 'programme', id: programmeId },
    });

    const startup = await aPlacedStartup(profile, council, programmeId);
    const coordinator = await aCoordinatorOf(profile, council, ['tripoli']);
    const claim = (milestoneId: string) => `/v1/startups/${startup.accountId}/milestones/${milestoneId}`;
    for (const milestone of TRAINING_MILESTONES) {
      await ok(
        profile.request('POST', `${claim(milestone.milestoneId)}/reached`, {
          token: startup.token,
          body: { text: 'Done.' },
        }),
      );
    }

    const decisions = await recordsAddedBy(profile, council, startup.accountId, async () => {
      await ok(profile.request('POST', `${claim('business-plan')}/confirm`, { token: coordinator.token }));
      await ok(
        profile.request('POST', `${claim('first-paying-customer')}/send-back`, {
          token: coordinator.token,
          body: { reason: 'No invoice attached.' },
        }),
      );
    });

    expect(decisions.map((record) => [record.action, record.actor.accountId, record.target])).toEqual([
      ['milestone.confirm', coordinator.accountId, { type: 'startup', id: startup.accountId }],
      ['milestone.send-back', coordinator.accountId, { type: 'startup', id: startup.accountId }],
    ]);
    expect(decisions[0]).toMatchObject({ before: { state: 'reached' }, after: { state: 'confirmed' } });
  });

  test('when staff ask for an erasure and a second admin rejects one request and approves another, then request, reject and approve are each recorded once', async () => {
    const approver = await aSecondAdmin(profile, council);
    const ask = async (accountId: string) => {
      const asked = await profile.request<{ approvalId: string }>('DELETE', `/v1/accounts/${accountId}`, {
        token: council.token,
      });
      expect(asked.status).toBe(202);
      return asked.body.approvalId;
    };
    const decide = (approvalId: string, verdict: 'approve' | 'reject') =>
      ok(
        profile.request('POST', `/v1/approvals/${approvalId}/${verdict}`, {
          token: approver.token,
          body: verdict === 'reject' ? { reason: 'Wrong account.' } : {},
        }),
      );

    for (const verdict of ['reject', 'approve'] as const) {
      const startup = await profile.aStartupWithProfile();
      const approvalId = await ask(startup.accountId);
      const requested = await recordsAbout(profile, council, approvalId);
      const decided = await recordsAddedBy(profile, council, approvalId, () => decide(approvalId, verdict));

      expect(requested).toHaveLength(1);
      expect(requested[0]).toMatchObject({
        action: 'approval.request',
        actor: { accountId: council.accountId },
        target: { type: 'approval', id: approvalId },
        after: { state: 'requested', action: 'account.erase' },
      });
      expect(decided).toHaveLength(1);
      expect(decided[0]).toMatchObject({
        action: `approval.${verdict}`,
        actor: { accountId: approver.accountId },
        target: { type: 'approval', id: approvalId },
        after: { state: verdict === 'approve' ? 'approved' : 'rejected' },
      });
    }
  });
});
