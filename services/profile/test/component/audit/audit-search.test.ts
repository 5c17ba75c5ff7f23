import type { AuditRecord } from '@jisr/audit';
import type { Person } from '../api-client';
import { startProfile, type ProfileHarness } from '../profile-harness';

let profile: ProfileHarness;
let council: Person;
let startups: Person[];
beforeAll(async () => {
  profile = await startProfile();
  council = await profile.council();
  startups = [];
  for (let n = 0; n < 5; n += 1) {
    const startup = await profile.aStartupWithProfile();
    const decision = n === 4 ? { decision: 'rejected', reason: 'Incomplete' } : { decision: 'verified' };
    await profile.request('POST', `/v1/startups/${startup.accountId}/verification`, {
      token: council.token,
      body: decision,
    });
    startups.push(startup);
  }
});
afterAll(async () => {
  await profile.stop();
});

type Listing = { items: AuditRecord[]; names: Record<string, string>; nextCursor: string | null };
const list = (query: string) =>
  profile.request<Listing>('GET', `/v1/audit?${query}`, { token: council.token });

describe('GET /v1/audit', () => {
  test('when filtered by action, then only those records come, newest first', async () => {
    const reply = await list('action=startup.verification-approve');

    expect(reply.status).toBe(200);
    expect(reply.body.items.map((record) => record.target.id)).toEqual(
      startups
        .slice(0, 4)
        .map((startup) => startup.accountId)
        .reverse(),
    );
  });

  test('when a page names startups, then it carries their company names by id, and none for staff', async () => {
    const reply = await list('action=startup.verification-approve');
    const names: Record<string, string> = {};
    for (const startup of startups.slice(0, 4)) {
      const read = await profile.request<{ name: { latin: string } }>(
        'GET',
        `/v1/startups/${startup.accountId}`,
        { token: council.token },
      );
      names[startup.accountId] = read.body.name.latin;
    }

    expect(reply.body.names).toEqual(names);
    expect(reply.body.names).not.toHaveProperty(council.accountId);
    expect(reply.body.items.every((record) => record.actor.accountId === council.accountId)).toBe(true);
  });

  test('when paged two at a time, then the pages follow each other without gaps or repeats', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Listing = (
        await list(`action=startup.verification-approve&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`)
      ).body;
      seen.push(...page.items.map((record) => record.sequence));
      cursor = page.nextCursor;
    } while (cursor !== null);

    expect(seen).toHaveLength(4);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });

  test('when filtered by actor, target and time, then each narrows the trail', async () => {
    const all = (await list('limit=100')).body.items;
    const at = all.find((record) => record.target.id === startups[2]!.accountId)!.at;

    expect((await list(`actor=${council.accountId}&limit=100`)).body.items.length).toBe(
      all.filter((record) => record.actor.accountId === council.accountId).length,
    );
    expect(
      (await list(`target=${startups[4]!.accountId}`)).body.items.map((record) => record.action),
    ).toEqual(['startup.verification-reject']);
    expect((await list(`from=${at}&to=${at}`)).body.items).toEqual([]);
    expect(
      (await list(`action=startup.verification-approve&from=${encodeURIComponent(at)}`)).body.items.length,
    ).toBeGreaterThanOrEqual(1);
    expect((await list('organisation=nobody')).body.items).toEqual([]);
  });

  test('when a filter is malformed or unknown, then it is refused with 400 naming the field', async () => {
    const reply = await profile.request<{ errors: { path: string }[] }>(
      'GET',
      '/v1/audit?from=yesterday&colour=red',
      { token: council.token },
    );

    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((error) => error.path).join(' ')).toMatch(/from/);
  });
});

describe('GET /v1/audit.csv', () => {
  test('when exported with a filter, then the CSV holds those records and the export is itself recorded', async () => {
    const reply = await profile.request('GET', '/v1/audit.csv?action=startup.verification-reject', {
      token: council.token,
    });

    expect(reply.status).toBe(200);
    expect(reply.type).toContain('text/csv');
    const lines = reply.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'sequence,at,service,actor,organisation,staffRoles,action,targetType,target,before,after,recordId,previousHash,hash',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(startups[4]!.accountId);
    const exports = (await list('action=audit.export')).body.items;
    expect(exports[0]).toMatchObject({
      actor: { accountId: council.accountId },
      after: { rows: 1, action: 'startup.verification-reject' },
    });
  });
});
