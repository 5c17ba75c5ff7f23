import type { Person } from './api-client';
import type { ProfileHarness } from './profile-harness';

let staffCount = 0;

/** Another member of staff who may decide approvals (four-eyes needs two people). */
export async function aSecondAdmin(profile: ProfileHarness, council: Person): Promise<Person> {
  staffCount += 1;
  const colleague = {
    email: `admin-${staffCount}-${Date.now()}@sesric.example.org`,
    password: 'second admin password',
  };
  const created = await profile.request('POST', '/v1/council/accounts', {
    token: council.token,
    body: colleague,
  });
  if (created.status !== 201)
    throw new Error(`staff account: ${created.status} ${JSON.stringify(created.body)}`);
  const tokens = await profile.login(colleague.email, colleague.password);
  return {
    ...colleague,
    accountId: tokens.accountId,
    token: tokens.accessToken,
    refreshToken: tokens.refreshToken,
  };
}

/** Staff ask for a four-eyes action and a second admin approves it; returns the approval's answer. */
export async function approvedBySecondAdmin(
  profile: ProfileHarness,
  council: Person,
  asked: { status: number; body: { approvalId: string } },
) {
  if (asked.status !== 202) throw new Error(`expected an approval request, got ${asked.status}`);
  const approver = await aSecondAdmin(profile, council);
  return profile.request('POST', `/v1/approvals/${asked.body.approvalId}/approve`, { token: approver.token });
}
