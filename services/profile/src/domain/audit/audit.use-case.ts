import { mayAct, type StaffRole, type Actor } from '@jisr/auth';
import { chainChecker, type AuditRecord, type ChainBreak, type ChainPoint } from '@jisr/audit';
import { notForYourRole } from '../profile-errors';
import type { ProfileContext } from '../profile-context';
import type { ProfileTx } from '../profile-store.port';
import type { AuditFilter, AuditPage } from './audit-log.port';
import { recordAction, type ActorClaims } from './record-staff-action';

/** Who may read the audit trail: admins and observers (a donor, a partner), nobody else. */
export const AUDIT_READERS = ['admin', 'observer'] as const satisfies readonly StaffRole[];

/** Refused in the domain too, not only by the routes' role guard. */
export function assertAuditReader(actor: ActorClaims): void {
  const staffRoles = (actor.staffRoles ?? []) as readonly StaffRole[];
  if (!mayAct({ role: actor.role, staffRoles }, AUDIT_READERS)) throw notForYourRole();
}

/** A page of the trail, with the names of the startups and advisors it names (by account id). */
export interface NamedAuditPage extends AuditPage {
  readonly names: Readonly<Record<string, string>>;
}

/** Targets whose id is an account id. */
const PERSON_TARGETS = new Set(['account', 'startup', 'advisor']);

/**
 * A startup's company name or an advisor's display name, as the profile reads now; none for staff
 * (observers from partner organisations read the trail, and a staff account's only name is its
 * email), for an erased account, or for an id that is no account.
 */
async function nameOf(tx: ProfileTx, id: string): Promise<string | null> {
  const account = await tx.accounts.get(id);
  if (account === null || account.status === 'erased') return null;
  if (account.role === 'startup') return (await tx.startups.get(id))?.name.latin ?? null;
  if (account.role === 'advisor') return (await tx.advisors.get(id))?.displayName ?? null;
  return null;
}

export function listAuditRecords(
  ctx: ProfileContext,
  actor: Actor,
  filter: AuditFilter,
  page: { after: number | null; limit: number },
): Promise<NamedAuditPage> {
  assertAuditReader(actor);
  return ctx.store.transaction(async (tx) => {
    const found = await tx.audit.page(filter, page);
    const ids = new Set<string>();
    for (const record of found.items) {
      ids.add(record.actor.accountId);
      if (PERSON_TARGETS.has(record.target.type)) ids.add(record.target.id);
    }
    const names: Record<string, string> = {};
    for (const id of ids) {
      const name = await nameOf(tx, id);
      if (name !== null) names[id] = name;
    }
    return { ...found, names };
  });
}

/** The most rows one export holds; a narrower filter gets the rest. */
export const EXPORT_LIMIT = 10_000;

/** The records of an export, newest first; the export itself is recorded in the same transaction. */
export async function exportAuditRecords(
  ctx: ProfileContext,
  actor: Actor,
  filter: AuditFilter,
): Promise<AuditRecord[]> {
  assertAuditReader(actor);
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const { items } = await tx.audit.page(filter, { after: null, limit: EXPORT_LIMIT });
    const after = { rows: items.length, ...filter };
    await recordAction(
      tx,
      actor,
      { action: 'audit.export', target: { type: 'audit-log', id: 'profile' }, after },
      now,
    );
    return items;
  });
}

export interface ChainReport {
  readonly intact: boolean;
  readonly checked: number;
  /** Where checking started: the last pruned record, or sequence 0. */
  readonly anchor: ChainPoint;
  readonly head: ChainPoint;
  readonly firstBad: ChainBreak | null;
}

const BATCH = 500;

/** Checks the whole stored chain, batch by batch, from its anchor up to the head it had when asked. */
export async function verifyAuditChain(ctx: ProfileContext, actor: Actor): Promise<ChainReport> {
  assertAuditReader(actor);
  const { anchor, head } = await ctx.store.transaction((tx) => tx.audit.ends());
  const checker = chainChecker(anchor);
  for (let from = anchor.sequence; from < head.sequence;) {
    const batch = await ctx.store.transaction((tx) => tx.audit.after(from, BATCH));
    const upToHead = batch.filter((record) => record.sequence <= head.sequence);
    if (!checker.push(upToHead) || upToHead.length < BATCH) break;
    from = upToHead.at(-1)?.sequence ?? head.sequence;
  }
  const verdict = checker.verdict(head);
  return verdict.intact
    ? { intact: true, checked: verdict.checked, anchor, head, firstBad: null }
    : { intact: false, checked: verdict.checked, anchor, head, firstBad: verdict.firstBad };
}

const DAY_MS = 86_400_000;

/**
 * Retention: removes the records older than `retentionDays`, oldest first, a batch per transaction;
 * the anchor left behind keeps the rest checkable. Returns how many went.
 */
export async function pruneAuditLog(ctx: ProfileContext, retentionDays: number): Promise<number> {
  const before = new Date(ctx.clock.now().getTime() - retentionDays * DAY_MS).toISOString();
  let pruned = 0;
  for (;;) {
    const removed = await ctx.store.transaction((tx) => tx.audit.retention.pruneOlderThan(before, BATCH));
    pruned += removed;
    if (removed < BATCH) return pruned;
  }
}
