import type { StoredDoc } from '@jisr/storage';
import type { Person } from '../api-client';
import { startProfile, type ProfileHarness } from '../profile-harness';

type RecordDoc = StoredDoc & { sequence: number; after: Record<string, unknown> };

const DAY_MS = 86_400_000;

let profile: ProfileHarness;
let council: Person;
beforeEach(async () => {
  profile = await startProfile();
  council = await profile.council();
});
afterEach(async () => {
  await profile.stop();
});

/** Three verified startups: three records after the bootstrap's own. */
async function threeVerifications(): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < 3; n += 1) {
    const startup = await profile.aStartupWithProfile();
    const decided = await profile.request('POST', `/v1/startups/${startup.accountId}/verification`, {
      token: council.token,
      body: { decision: 'verified' },
    });
    expect(decided.status).toBe(200);
    ids.push(startup.accountId);
  }
  return ids;
}

const verification = () =>
  profile.request<Record<string, unknown>>('GET', '/v1/audit/verification', { token: council.token });

const storedRecords = async () => {
  const records = await profile.storage.collection<RecordDoc>({ name: 'audit_records' });
  return { records, docs: await records.find({}, { sort: { sequence: 1 } }) };
};

describe('GET /v1/audit/verification', () => {
  test('when nothing was touched, then the chain is intact from genesis to its head', async () => {
    await threeVerifications();

    const reply = await verification();

    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ intact: true, firstBad: null, anchor: { sequence: 0 } });
    expect(reply.body.checked).toBe((reply.body.head as { sequence: number }).sequence);
  });

  test('when a stored record is altered, then the check fails and names that record', async () => {
    await threeVerifications();
    const { records, docs } = await storedRecords();
    const victim = docs.at(-2)!;
    await records.update({ ...victim, after: { verification: { status: 'rejected' } } }, victim.version);

    const reply = await verification();

    expect(reply.body).toMatchObject({
      intact: false,
      firstBad: { sequence: victim.sequence, recordId: victim._id, problem: 'altered' },
    });
  });

  test('when a stored record is deleted, then the check fails and names its sequence as missing', async () => {
    await threeVerifications();
    const { records, docs } = await storedRecords();
    const victim = docs.at(-2)!;
    await records.delete(victim._id);

    const reply = await verification();

    expect(reply.body).toMatchObject({
      intact: false,
      firstBad: { sequence: victim.sequence, recordId: null, problem: 'missing' },
    });
  });

  test('when the newest record is deleted, then the head kept apart shows it missing', async () => {
    await threeVerifications();
    const { records, docs } = await storedRecords();
    await records.delete(docs.at(-1)!._id);

    expect((await verification()).body).toMatchObject({
      intact: false,
      firstBad: { sequence: docs.at(-1)!.sequence, problem: 'missing' },
    });
  });

  test('when a startup asks, then the audit routes answer 403', async () => {
    const startup = await profile.aStartupWithProfile();

    for (const path of ['/v1/audit', '/v1/audit.csv', '/v1/audit/verification']) {
      expect((await profile.request('GET', path, { token: startup.token })).status).toBe(403);
    }
  });
});

describe('audit retention (AUDIT_RETENTION_DAYS)', () => {
  test('when records pass the retention, then a restart prunes them and the rest still checks from the anchor', async () => {
    await threeVerifications();
    const old = (await storedRecords()).docs;
    profile.clock.advance(31 * DAY_MS);
    council = await profile.council();
    const recent = await threeVerifications();

    await profile.restart({ AUDIT_RETENTION_DAYS: '30' });
    council = await profile.council();

    const left = (await storedRecords()).docs;
    expect(left.length).toBeGreaterThanOrEqual(recent.length);
    expect(left.map((doc) => doc.sequence)).toEqual(
      Array.from({ length: left.length }, (_, n) => old.at(-1)!.sequence + 1 + n),
    );
    expect((await verification()).body).toMatchObject({
      intact: true,
      anchor: { sequence: old.at(-1)!.sequence },
      checked: left.length,
    });
    const listed = await profile.request<{ items: { target: { id: string } }[] }>('GET', '/v1/audit', {
      token: council.token,
    });
    expect(listed.body.items.map((record) => record.target.id)).toEqual(expect.arrayContaining(recent));
  });
});
