import type { AuditRecord } from '@jisr/audit';
import { makeEvent, TOPICS, type AuditActionRecordedPayload } from '@jisr/contracts';
import { waitFor } from '@jisr/test-kit';
import type { Person } from '../api-client';
import { startProfile, type ProfileHarness } from '../profile-harness';

let profile: ProfileHarness;
let council: Person;
beforeAll(async () => {
  profile = await startProfile();
  council = await profile.council();
});
afterAll(async () => {
  await profile.stop();
});

const roundConfirmed = (actionId: string, roundId: string): AuditActionRecordedPayload => ({
  actionId,
  service: 'matching',
  actor: { accountId: council.accountId, organisationId: 'org-deik', staffRoles: ['programme-manager'] },
  action: 'cohort-round.confirm',
  target: { type: 'cohort-round', id: roundId },
  before: { state: 'proposed' },
  after: { state: 'confirmed', pairs: 12, note: 'call Tuesday' },
  at: '2026-12-01T04:00:00.000Z',
});

const recordsAbout = async (roundId: string) =>
  (
    await profile.request<{ items: AuditRecord[] }>('GET', `/v1/audit?target=${roundId}`, {
      token: council.token,
    })
  ).body.items;

describe('consumer of audit.v1', () => {
  test('when the same action arrives twice, and once more in a new envelope, then the log holds it once', async () => {
    const roundId = 'round-redelivered';
    const event = (actionId: string) =>
      makeEvent('audit.action-recorded', {
        aggregateId: roundId,
        version: 1,
        payload: roundConfirmed(actionId, roundId),
      });
    const first = event('action-1');
    const copy = event('action-1');
    // The last event on the same key marks the end: once it is in, every copy before it was handled.
    const marker = event('action-2');

    await profile.bus.publish(TOPICS.audit, [first]);
    await profile.bus.publish(TOPICS.audit, [first, copy, marker]);

    const records = await waitFor(
      async () => {
        const found = await recordsAbout(roundId);
        return found.some((record) => record.recordId === 'action-2') ? found : undefined;
      },
      { what: 'the marker appended', timeoutMs: 5000 },
    );
    expect(records.filter((record) => record.recordId === 'action-1')).toHaveLength(1);
    expect(records.find((record) => record.recordId === 'action-1')).toMatchObject({
      service: 'matching',
      action: 'cohort-round.confirm',
      actor: { accountId: council.accountId, organisationId: 'org-deik', staffRoles: ['programme-manager'] },
      before: { state: 'proposed' },
      // A person's words never enter the log, whoever sends them.
      after: { state: 'confirmed', pairs: 12, note: '[redacted]' },
    });
    const verdict = await profile.request('GET', '/v1/audit/verification', { token: council.token });
    expect(verdict.body).toMatchObject({ intact: true });
  });
});
