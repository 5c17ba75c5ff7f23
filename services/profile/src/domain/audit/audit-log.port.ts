import type { AuditEntry, AuditRecord, ChainPoint } from '@jisr/audit';

/** The search filters of the audit trail; each one narrows, and an absent one does not. */
export interface AuditFilter {
  readonly actorId?: string | undefined;
  readonly organisationId?: string | undefined;
  readonly action?: string | undefined;
  readonly targetType?: string | undefined;
  readonly targetId?: string | undefined;
  /** Inclusive lower and exclusive upper bound on `at` (ISO instants). */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface AuditPage {
  readonly items: AuditRecord[];
  /** The sequence to continue below (newest first), or null on the last page. */
  readonly next: number | null;
}

/**
 * The one append-only audit log. There is deliberately no update or delete here: a record, once
 * appended in a staff action's transaction, changes only by tampering, which `verifyChain` shows.
 */
export interface AuditLog {
  /** Appends `entry` as the record after the head; a concurrent append makes this throw a ConflictError. */
  append(entry: AuditEntry): Promise<AuditRecord>;
  /** Whether a record with this id (an event's `actionId`) is in the log. */
  has(recordId: string): Promise<boolean>;
  /** Newest first, below the `after` sequence. */
  page(filter: AuditFilter, page: { after: number | null; limit: number }): Promise<AuditPage>;
  /** Oldest first, the records after `sequence` (for checking the chain batch by batch). */
  after(sequence: number, limit: number): Promise<AuditRecord[]>;
  /** Where the chain starts (the last pruned record, or the genesis) and its newest point. */
  ends(): Promise<{ anchor: ChainPoint; head: ChainPoint }>;
}

/** Retention's one way to remove records: the oldest ones, leaving an anchor to check the rest from. */
export interface AuditRetention {
  /** Removes up to `limit` of the oldest records older than `before`; returns how many. */
  pruneOlderThan(before: string, limit: number): Promise<number>;
}
