import { randomUUID } from 'node:crypto';
import type { StaffRole } from '@jisr/auth';
import type { Person } from './api-client';
import type { ProfileHarness } from './profile-harness';

export const SESRIC = {
  name: { en: 'SESRIC', ar: 'مركز أنقرة للأبحاث الإحصائية', tr: 'SESRIC' },
  kind: 'intergovernmental',
} as const;

/** The admin makes sure the organisation exists, creates a member of staff in it and they sign in. */
export async function aStaffMember(
  profile: ProfileHarness,
  admin: Person,
  staffRoles: readonly StaffRole[],
  { organisationId = 'sesric', centreIds }: { organisationId?: string; centreIds?: readonly string[] } = {},
): Promise<Person> {
  await profile.request('PUT', `/v1/organisations/${organisationId}`, { token: admin.token, body: SESRIC });
  const email = `staff-${randomUUID()}@partners.example.org`;
  const password = 'a long staff passphrase 2026';
  const created = await profile.request('POST', '/v1/staff', {
    token: admin.token,
    body: { email, password, organisationId, staffRoles, ...(centreIds === undefined ? {} : { centreIds }) },
  });
  if (created.status !== 201) throw new Error(`staff not created: ${JSON.stringify(created.body)}`);
  const tokens = await profile.login(email, password);
  return {
    accountId: tokens.accountId,
    email,
    password,
    token: tokens.accessToken,
    refreshToken: tokens.refreshToken,
  };
}

/** An access token's payload as any service reads it (the services' own tests check its signature). */
export const claimsOf = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
