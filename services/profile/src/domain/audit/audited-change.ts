import type { Actor } from '@jisr/auth';
import type { AuditAction } from '@jisr/contracts';
import type { ProfileTx } from '../profile-store.port';
import { recordAction } from './record-staff-action';

type Change<P, R extends { profile: P }> = (before: P, tx: ProfileTx, now: Date) => Promise<R>;

/**
 * A profile change that also appends its audit record (before → after) in the same transaction;
 * wraps the `change` callbacks of `changePersonProfile`.
 */
export const audited =
  <P extends { readonly id: string }, R extends { profile: P }>(
    actor: Actor,
    action: AuditAction,
    targetType: string,
    change: Change<P, R>,
  ): Change<P, R> =>
  async (before, tx, now) => {
    const result = await change(before, tx, now);
    const target = { type: targetType, id: before.id };
    await recordAction(tx, actor, { action, target, before, after: result.profile }, now);
    return result;
  };
