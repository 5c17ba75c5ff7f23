import type { AuditRecord } from '@jisr/audit';
import type { Person } from '../api-client';
import type { ProfileHarness } from '../profile-harness';

/** The audit records about one target, oldest first, as the council reads them over HTTP. */
export async function recordsAbout(
  profile: ProfileHarness,
  council: Person,
  targetId: string,
): Promise<AuditRecord[]> {
  const reply = await profile.request<{ items: AuditRecord[] }>(
    'GET',
    `/v1/audit?target=${encodeURIComponent(targetId)}&limit=100`,
    { token: council.token },
  );
  if (reply.status !== 200) throw new Error(`GET /v1/audit answered ${reply.status}: ${reply.text}`);
  return [...reply.body.items].reverse();
}

/** Runs `act` and returns the records it added about `targetId` (oldest first). */
export async function recordsAddedBy(
  profile: ProfileHarness,
  council: Person,
  targetId: string,
  act: () => Promise<unknown>,
): Promise<AuditRecord[]> {
  const before = (await recordsAbout(profile, council, targetId)).length;
  await act();
  return (await recordsAbout(profile, council, targetId)).slice(before);
}
