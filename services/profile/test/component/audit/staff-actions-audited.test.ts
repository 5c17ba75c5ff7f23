import { DEFAULT_MATCH_WEIGHTS } from '@jisr/contracts';
import { aProgramme } from '../../builders/profile-builders';
import type { Person } from '../api-client';
import { startProfile, type ProfileHarness } from '../profile-harness';
import { aSecondAdmin } from '../second-admin';
import { aStaffMember } from '../staff-steps';
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

const ok = async (reply: Promise<{ status: number; text: string }>): Promise<void> => {
  const { status, text } = await reply;
  if (status >= 300) throw new Error(`answered ${status}: ${text}`);
};

describe('the audit trail of profile staff actions', () => {
  test('when the council verifies a startup, then exactly one record names the council, the startup and the verification before and after', async () => {
    const startup = await profile.aStartupWithProfile();

    const added = await recordsAddedBy(profile, council, startup.accountId, () =>
      ok(
        profile.request('POST', `/v1/startups/${startup.accountId}/verification`, {
          token: council.token,
          body: { decision: 'verified' },
        }),
      ),
    );

    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      service: 'profile',
      action: 'startup.verification-approve',
      actor: { accountId: council.accountId },
      target: { type: 'startup', id: startup.accountId },
      before: { verification: { status: 'pending', decidedBy: null } },
      after: { verification: { status: 'verified', decidedBy: council.accountId } },
    });
    expect(Object.keys(added[0]!.after)).toEqual(['verification']);
  });

  test('when the council rejects an advisor, pauses and resumes them, then each action writes one record with its change', async () => {
    const advisor = await profile.anAdvisorWithProfile();
    const id = advisor.accountId;
    const call = (method: 'POST' | 'PUT', path: string, body: unknown) =>
      ok(profile.request(method, path, { token: council.token, body }));

    const added = await recordsAddedBy(profile, council, id, async () => {
      await call('POST', `/v1/advisors/${id}/verification`, {
        decision: 'rejected',
        reason: 'No registry extract',
      });
      await call('PUT', `/v1/advisors/${id}/pause`, { paused: true });
      await call('PUT', `/v1/advisors/${id}/pause`, { paused: false });
    });

    expect(added.map((record) => record.action)).toEqual([
      'advisor.verification-reject',
      'advisor.pause',
      'advisor.resume',
    ]);
    expect(added[0]!.after).toEqual({
      verification: expect.objectContaining({ status: 'rejected', reason: 'No registry extract' }),
    });
    expect(added[1]).toMatchObject({
      before: { pause: { paused: false } },
      after: { pause: { paused: true, reason: 'council' } },
    });
    expect(added[2]).toMatchObject({
      before: { pause: { paused: true } },
      after: { pause: { paused: false } },
    });
  });

  test('when an advisor pauses themselves, then no staff action is recorded', async () => {
    const advisor = await profile.anAdvisorWithProfile();

    const added = await recordsAddedBy(profile, council, advisor.accountId, () =>
      ok(
        profile.request('PUT', `/v1/advisors/${advisor.accountId}/pause`, {
          token: advisor.token,
          body: { paused: true },
        }),
      ),
    );

    expect(added).toEqual([]);
  });

  test('when the council deactivates and reactivates an account and a second admin approves its erasure, then three records carry the status change, the approver and no secret or address', async () => {
    const startup = await profile.aStartupWithProfile();
    const id = startup.accountId;
    const approver = await aSecondAdmin(profile, council);

    const added = await recordsAddedBy(profile, council, id, async () => {
      await ok(profile.request('POST', `/v1/accounts/${id}/deactivation`, { token: council.token }));
      await ok(profile.request('POST', `/v1/accounts/${id}/reactivation`, { token: council.token }));
      const asked = await profile.request<{ approvalId: string }>('DELETE', `/v1/accounts/${id}`, {
        token: council.token,
      });
      expect(asked.status).toBe(202);
      await ok(
        profile.request('POST', `/v1/approvals/${asked.body.approvalId}/approve`, {
          token: approver.token,
          body: {},
        }),
      );
    });

    expect(added.map((record) => [record.action, record.before.status, record.after.status])).toEqual([
      ['account.deactivate', 'active', 'deactivated'],
      ['account.reactivate', 'deactivated', 'active'],
      ['account.erase', 'active', 'erased'],
    ]);
    expect(added[2]!.actor.accountId).toBe(approver.accountId);
    expect(added[2]!.before).toMatchObject({ passwordHash: '[redacted]', email: '[redacted]' });
    const text = JSON.stringify(added);
    expect(text).not.toContain(startup.email);
    expect(text).not.toContain('scrypt');
  });

  test('when the council creates a programme, changes it and its weights, then three records show what changed', async () => {
    let programmeId = '';
    const created = await profile.request<{ programmeId: string }>('POST', '/v1/programmes', {
      token: council.token,
      body: aProgramme(),
    });
    programmeId = created.body.programmeId;
    const weights = { ...DEFAULT_MATCH_WEIGHTS, sector: 0.45, load: 0 };

    const added = await recordsAddedBy(profile, council, programmeId, async () => {
      await ok(
        profile.request('PUT', `/v1/programmes/${programmeId}`, {
          token: council.token,
          body: aProgramme({ responseDeadlineDays: 9 }),
        }),
      );
      await ok(
        profile.request('PUT', `/v1/programmes/${programmeId}/weights`, {
          token: council.token,
          body: weights,
        }),
      );
    });

    expect(added.map((record) => record.action)).toEqual(['programme.update', 'programme.weights-change']);
    expect(added[0]).toMatchObject({
      before: { responseDeadlineDays: 7 },
      after: { responseDeadlineDays: 9 },
    });
    expect(added[1]).toMatchObject({ before: { weights: DEFAULT_MATCH_WEIGHTS }, after: { weights } });
    const [creation] = await recordsAbout(profile, council, programmeId);
    expect(creation).toMatchObject({
      action: 'programme.create',
      before: {},
      after: { responseDeadlineDays: 7 },
    });
  });

  test('when the council adds and renames a centre and places a startup there, then each is recorded', async () => {
    const startup = await profile.aStartupWithProfile();
    const centre = { name: { en: 'Sabha Centre', ar: 'مركز سبها', tr: 'Sebha Merkezi' }, city: 'sabha' };

    const centreRecords = await recordsAddedBy(profile, council, 'sabha', async () => {
      await ok(profile.request('PUT', '/v1/centres/sabha', { token: council.token, body: centre }));
      await ok(
        profile.request('PUT', '/v1/centres/sabha', {
          token: council.token,
          body: { ...centre, address: 'Jamal Abdelnasser St.' },
        }),
      );
    });
    const placed = await recordsAddedBy(profile, council, startup.accountId, () =>
      ok(
        profile.request('PUT', `/v1/startups/${startup.accountId}/placement`, {
          token: council.token,
          body: { centreId: 'sabha', programmeId: null, cohortId: null },
        }),
      ),
    );

    expect(centreRecords.map((record) => record.action)).toEqual(['centre.create', 'centre.update']);
    expect(centreRecords[1]).toMatchObject({ before: {}, after: { address: 'Jamal Abdelnasser St.' } });
    expect(placed).toEqual([
      expect.objectContaining({
        action: 'startup.placement-change',
        after: { placement: expect.objectContaining({ centreId: 'sabha' }) },
      }),
    ]);
  });

  test('when the council rotates the signing key, then the record names the key ids and never the key', async () => {
    const rotated = await profile.request<{ kid: string }>('POST', '/v1/signing-keys/rotation', {
      token: council.token,
    });

    const records = await recordsAbout(profile, council, rotated.body.kid);
    const [record] = records;

    expect(records).toHaveLength(1);
    expect(record).toMatchObject({ action: 'signing-key.rotate', after: { signingKid: rotated.body.kid } });
    expect(JSON.stringify(record)).not.toMatch(/PRIVATE KEY|"d":/);
  });

  test('when a person exports their own data, then the export is recorded as a security event', async () => {
    const startup = await profile.aStartupWithProfile();

    const added = await recordsAddedBy(profile, council, startup.accountId, () =>
      ok(profile.request('GET', `/v1/accounts/${startup.accountId}/export`, { token: startup.token })),
    );

    expect(added).toEqual([
      expect.objectContaining({
        action: 'account.data-export',
        actor: { accountId: startup.accountId, staffRoles: [] },
      }),
    ]);
  });

  test('when an admin saves an organisation, creates a verifier in it and changes their roles, then each action writes one record with its change and no secret', async () => {
    const organisationId = 'kosgeb-audit';
    const verifier = await aStaffMember(profile, council, ['verifier'], { organisationId });

    const [organisation] = await recordsAbout(profile, council, organisationId);
    const created = await recordsAbout(profile, council, verifier.accountId);
    const changed = await recordsAddedBy(profile, council, verifier.accountId, () =>
      ok(
        profile.request('PUT', `/v1/staff/${verifier.accountId}/roles`, {
          token: council.token,
          body: { staffRoles: ['verifier', 'observer'] },
        }),
      ),
    );

    expect(organisation).toMatchObject({
      action: 'organisation.save',
      actor: { accountId: council.accountId },
    });
    expect(created).toEqual([
      expect.objectContaining({
        action: 'staff.create',
        target: { type: 'account', id: verifier.accountId },
        after: expect.objectContaining({ staffRoles: ['verifier'], organisationId }),
      }),
    ]);
    expect(changed).toEqual([
      expect.objectContaining({
        action: 'staff.roles-change',
        before: expect.objectContaining({ staffRoles: ['verifier'] }),
        after: expect.objectContaining({ staffRoles: ['verifier', 'observer'] }),
      }),
    ]);
    expect(created[0]!.after).toMatchObject({ passwordHash: '[redacted]', email: '[redacted]' });
    expect(JSON.stringify([...created, ...changed])).not.toMatch(/scrypt|passphrase/);
  });
});
