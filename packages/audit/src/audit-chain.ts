import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { GENESIS, type AuditEntry, type AuditRecord, type ChainPoint } from './audit-record';

/** sha-256 over the canonical JSON of the record (its previous hash included, its own hash not). */
export function hashOf(record: Omit<AuditRecord, 'hash'>): string {
  const { hash: _ignored, ...content } = record as AuditRecord;
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** The entry as the record after `previous`. */
export function chainAfter(previous: ChainPoint, entry: AuditEntry): AuditRecord {
  const unsealed = { ...entry, sequence: previous.sequence + 1, previousHash: previous.hash };
  return { ...unsealed, hash: hashOf(unsealed) };
}

/**
 * What is wrong at the first bad place: `altered` (its content no longer gives its hash),
 * `unlinked` (it does not point at the record before it), `missing` (a sequence number is absent:
 * deleted, or cut off the end), `reordered` (a sequence number came after a later one).
 */
export type ChainProblem = 'altered' | 'unlinked' | 'missing' | 'reordered';

export interface ChainBreak {
  readonly sequence: number;
  /** Null when the bad record is absent (`missing`). */
  readonly recordId: string | null;
  readonly problem: ChainProblem;
}

export type ChainVerdict =
  | { readonly intact: true; readonly checked: number; readonly last: ChainPoint }
  | { readonly intact: false; readonly checked: number; readonly firstBad: ChainBreak };

/**
 * Checks records one batch at a time (a long log need not fit in memory), from `start` (the
 * anchor left by pruning, or the genesis). Stops at the first break.
 */
export function chainChecker(start: ChainPoint = GENESIS) {
  let last = start;
  let lastId: string | null = null;
  let checked = 0;
  let firstBad: ChainBreak | null = null;

  const check = (record: AuditRecord): ChainBreak | null => {
    const expected = last.sequence + 1;
    if (record.sequence < expected)
      return { sequence: record.sequence, recordId: record.recordId, problem: 'reordered' };
    if (record.sequence > expected) return { sequence: expected, recordId: null, problem: 'missing' };
    if (hashOf(record) !== record.hash)
      return { sequence: record.sequence, recordId: record.recordId, problem: 'altered' };
    if (record.previousHash !== last.hash)
      return { sequence: record.sequence, recordId: record.recordId, problem: 'unlinked' };
    return null;
  };

  const againstHead = (head: ChainPoint): ChainBreak | null => {
    if (head.sequence > last.sequence)
      return { sequence: last.sequence + 1, recordId: null, problem: 'missing' };
    // Records past the head were not appended by the log.
    if (head.sequence < last.sequence)
      return { sequence: head.sequence + 1, recordId: null, problem: 'unlinked' };
    return head.hash === last.hash ? null : { sequence: last.sequence, recordId: lastId, problem: 'altered' };
  };

  return {
    push(records: readonly AuditRecord[]): boolean {
      for (const record of records) {
        if (firstBad !== null) return false;
        firstBad = check(record);
        if (firstBad !== null) return false;
        last = { sequence: record.sequence, hash: record.hash };
        lastId = record.recordId;
        checked += 1;
      }
      return firstBad === null;
    },
    /** `head` is the newest point the log recorded apart from its records, so a cut-off end shows. */
    verdict(head?: ChainPoint): ChainVerdict {
      if (firstBad === null && head !== undefined) firstBad = againstHead(head);
      return firstBad === null ? { intact: true, checked, last } : { intact: false, checked, firstBad };
    },
  };
}

/** The whole chain at once: every record in stored order, from `start`, up to `head`. */
export function verifyChain(
  records: readonly AuditRecord[],
  options: { start?: ChainPoint; head?: ChainPoint } = {},
): ChainVerdict {
  const checker = chainChecker(options.start);
  checker.push(records);
  return checker.verdict(options.head);
}
