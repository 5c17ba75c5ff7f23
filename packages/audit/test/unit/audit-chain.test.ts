import {
  chainAfter,
  chainChecker,
  GENESIS,
  verifyChain,
  type AuditEntry,
  type AuditRecord,
  type ChainPoint,
} from '../../src';

const entry = (n: number, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  recordId: `record-${n}`,
  at: new Date(Date.UTC(2026, 11, 1, 4, 0, n)).toISOString(),
  actor: { accountId: 'staff-1', organisationId: 'org-deik', staffRoles: ['verifier'] },
  service: 'profile',
  action: 'startup.verification-approve',
  target: { type: 'startup', id: `startup-${n}` },
  before: { verification: { status: 'pending' } },
  after: { verification: { status: 'verified' } },
  ...overrides,
});

const chainOf = (count: number, start: ChainPoint = GENESIS): AuditRecord[] => {
  const records: AuditRecord[] = [];
  let previous = start;
  for (let n = 1; n <= count; n += 1) {
    const record = chainAfter(previous, entry(start.sequence + n));
    records.push(record);
    previous = record;
  }
  return records;
};

const head = (records: readonly AuditRecord[]): ChainPoint => {
  const last = records.at(-1);
  if (last === undefined) throw new Error('empty chain');
  return { sequence: last.sequence, hash: last.hash };
};

describe('verifyChain', () => {
  test('when nothing was touched, then the chain is intact up to its head', () => {
    const records = chainOf(5);
    expect(verifyChain(records, { head: head(records) })).toEqual({
      intact: true,
      checked: 5,
      last: head(records),
    });
  });

  test('when a field of a record is altered, then that record is named as altered', () => {
    const records = chainOf(5);
    const altered = records.map((record) =>
      record.sequence === 3 ? { ...record, after: { verification: { status: 'rejected' } } } : record,
    );
    expect(verifyChain(altered, { head: head(records) })).toEqual({
      intact: false,
      checked: 2,
      firstBad: { sequence: 3, recordId: 'record-3', problem: 'altered' },
    });
  });

  test('when a record is altered and its own hash recomputed, then the next link names it as unlinked', () => {
    const records = chainOf(4);
    const forged = chainAfter(
      { sequence: 1, hash: records[0]!.hash },
      entry(2, { actor: { accountId: 'someone-else', staffRoles: [] } }),
    );
    const tampered = [records[0]!, forged, records[2]!, records[3]!];
    expect(verifyChain(tampered, { head: head(records) })).toMatchObject({
      intact: false,
      firstBad: { sequence: 3, recordId: 'record-3', problem: 'unlinked' },
    });
  });

  test('when a record in the middle is deleted, then its sequence is named as missing', () => {
    const records = chainOf(5);
    const withoutThird = records.filter((record) => record.sequence !== 3);
    expect(verifyChain(withoutThird, { head: head(records) })).toEqual({
      intact: false,
      checked: 2,
      firstBad: { sequence: 3, recordId: null, problem: 'missing' },
    });
  });

  test('when the newest record is deleted, then the head shows its sequence as missing', () => {
    const records = chainOf(5);
    expect(verifyChain(records.slice(0, 4), { head: head(records) })).toMatchObject({
      intact: false,
      firstBad: { sequence: 5, recordId: null, problem: 'missing' },
    });
  });

  test('when two records change places, then the first out of order is named as reordered', () => {
    const [one, two, three, four] = chainOf(4);
    expect(verifyChain([one!, three!, two!, four!])).toMatchObject({
      intact: false,
      firstBad: { sequence: 2, recordId: null, problem: 'missing' },
    });
    expect(verifyChain([one!, two!, one!, three!])).toMatchObject({
      intact: false,
      firstBad: { sequence: 1, recordId: 'record-1', problem: 'reordered' },
    });
  });

  test('when the oldest records were pruned, then the rest checks from the anchor they left', () => {
    const records = chainOf(6);
    const anchor = { sequence: 2, hash: records[1]!.hash };
    expect(verifyChain(records.slice(2), { start: anchor, head: head(records) })).toMatchObject({
      intact: true,
      checked: 4,
    });
    expect(verifyChain(records.slice(3), { start: anchor, head: head(records) })).toMatchObject({
      intact: false,
      firstBad: { sequence: 3, problem: 'missing' },
    });
  });

  test('when records are checked in batches, then the verdict is the same as all at once', () => {
    const records = chainOf(7);
    const checker = chainChecker();
    expect(checker.push(records.slice(0, 3))).toBe(true);
    expect(checker.push(records.slice(3))).toBe(true);
    expect(checker.verdict(head(records))).toEqual(verifyChain(records, { head: head(records) }));
  });

  test('when a record is rebuilt with its fields in another order, then its hash is the same', () => {
    const [record] = chainOf(1);
    const reversed = Object.fromEntries(Object.entries(record!).reverse()) as AuditRecord;
    expect(verifyChain([reversed])).toMatchObject({ intact: true });
  });
});
