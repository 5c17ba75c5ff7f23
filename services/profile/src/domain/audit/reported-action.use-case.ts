import { changedFields } from '@jisr/audit';
import type { AuditActionRecordedPayload } from '@jisr/contracts';
import type { ProfileTx } from '../profile-store.port';

/**
 * A staff action matching or messaging reported on `audit.v1`, appended under its `actionId`: a
 * redelivery, even in a new envelope, finds it there and appends nothing. The fields pass the same
 * filter as profile's own, in case a producer sent something the log must not hold.
 */
export async function appendReportedAction(
  tx: ProfileTx,
  reported: AuditActionRecordedPayload,
): Promise<void> {
  if (await tx.audit.has(reported.actionId)) return;
  const { before, after } = changedFields(reported.before ?? null, reported.after ?? null, []);
  await tx.audit.append({
    recordId: reported.actionId,
    at: new Date(reported.at).toISOString(),
    actor: reported.actor,
    service: reported.service,
    action: reported.action,
    target: reported.target,
    before,
    after,
  });
}
