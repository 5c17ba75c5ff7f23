import type { Actor } from '@jisr/auth';
import { auditActorOf, changedFields, type AuditActor, type AuditTarget } from '@jisr/audit';
import type { AuditAction } from '@jisr/contracts';
import { newId } from '../ids';
import type { ProfileTx } from '../profile-store.port';

/** What a staff member (or, for security events, anyone) did, with the states before and after. */
export interface AuditedAction {
  /** `startup.verification-approve`: the target's kind, then the verb (one the vocabulary names). */
  readonly action: AuditAction;
  readonly target: AuditTarget;
  /** The target before and after; only the fields that differ are kept, secrets withheld. */
  readonly before?: object | null;
  readonly after?: object | null;
}

/** Staff roles and organisation travel in the token; an account without them acts with none. */
export type ActorClaims = Actor & {
  readonly staffRoles?: readonly string[];
  readonly organisationId?: string;
};

/**
 * Appends the action's record to the audit log inside the action's own transaction, so the record
 * exists exactly when the change does.
 */
export async function recordAction(
  tx: ProfileTx,
  actor: Actor | AuditActor,
  action: AuditedAction,
  now: Date,
  recordId = newId(now),
): Promise<void> {
  const { before, after } = changedFields(action.before ?? null, action.after ?? null);
  await tx.audit.append({
    recordId,
    at: now.toISOString(),
    actor: 'accountId' in actor ? actor : auditActorOf(actor),
    service: 'profile',
    action: action.action,
    target: action.target,
    before,
    after,
  });
}
