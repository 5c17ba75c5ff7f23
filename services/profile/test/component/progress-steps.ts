import { randomUUID } from 'node:crypto';
import { makeEvent, TOPICS } from '@jisr/contracts';
import type { StoredDoc } from '@jisr/storage';
import { uniqueName, waitFor } from '@jisr/test-kit';
import type { Person } from './api-client';
import type { ProfileHarness } from './profile-harness';

/** A seeded phase's milestones, as a programme manager would write them. */
export const TRAINING_MILESTONES = [
  {
    milestoneId: 'business-plan',
    name: { en: 'Business plan', ar: 'خطة العمل', tr: 'İş planı' },
  },
  {
    milestoneId: 'first-paying-customer',
    name: { en: 'First paying customer', ar: 'أول عميل يدفع', tr: 'İlk ödeme yapan müşteri' },
  },
];

/** A programme with milestones in its training phase; returns its id. */
export async function aProgrammeWithMilestones(profile: ProfileHarness, council: Person): Promise<string> {
  const programmeId = await profile.aProgrammeBy(council);
  const set = await profile.request('PUT', `/v1/programmes/${programmeId}/phases/training/milestones`, {
    token: council.token,
    body: { milestones: TRAINING_MILESTONES },
  });
  if (set.status !== 200) throw new Error(`milestones not set: ${set.status} ${JSON.stringify(set.body)}`);
  return programmeId;
}

/** A startup placed in the programme's cohort at a centre. */
export async function aPlacedStartup(
  profile: ProfileHarness,
  council: Person,
  programmeId: string,
  centreId = 'tripoli',
): Promise<Person> {
  const startup = await profile.aStartupWithProfile();
  const placed = await profile.request('PUT', `/v1/startups/${startup.accountId}/placement`, {
    token: council.token,
    body: { centreId, programmeId, cohortId: 'spring-2025' },
  });
  if (placed.status !== 200) throw new Error(`not placed: ${placed.status} ${JSON.stringify(placed.body)}`);
  return startup;
}

/**
 * Messaging's `introduction.accepted` (or `completed`) on the bus, as the advisor's answer would
 * publish it; waits until profile sees the advisor as the startup's mentor (or no longer).
 */
export async function introduce(
  profile: ProfileHarness,
  advisor: Person,
  startup: Person,
  type: 'introduction.accepted' | 'introduction.completed' = 'introduction.accepted',
  introductionId: string = randomUUID(),
): Promise<string> {
  const payload = { introductionId, startupId: startup.accountId, advisorId: advisor.accountId };
  const event =
    type === 'introduction.accepted'
      ? makeEvent(type, { aggregateId: introductionId, version: 2, payload })
      : makeEvent(type, {
          aggregateId: introductionId,
          version: 4,
          payload: { ...payload, by: 'startup', rating: 5 },
        });
  await profile.bus.publish(TOPICS.introduction, [event]);
  const wanted = type === 'introduction.accepted' ? 200 : 404;
  await waitFor(
    async () =>
      (await profile.request('GET', `/v1/startups/${startup.accountId}/milestones`, { token: advisor.token }))
        .status === wanted,
    { what: `profile learns ${type}`, timeoutMs: 5000 },
  );
  return introductionId;
}

/** Waits for a `programme.progress.v1` event of `type` about this startup. */
export const progressEventAbout = (profile: ProfileHarness, type: string, startup: Person) =>
  profile.eventWhere(
    ({ event }) =>
      event.type === type && (event.payload as { startupId?: string }).startupId === startup.accountId,
    `${type} about ${startup.accountId}`,
  );

/**
 * A member of staff with only the centre-coordinator role, serving `centreIds`. The admin creates
 * the account over HTTP; its roles are written where they are stored, as the staff API would.
 */
export async function aCoordinatorOf(
  profile: ProfileHarness,
  admin: Person,
  centreIds: readonly string[],
): Promise<Person> {
  const email = `${uniqueName('coordinator')}@centres.jisr.test`;
  const password = 'coordinator-password-2026';
  const created = await profile.request<{ accountId: string }>('POST', '/v1/council/accounts', {
    token: admin.token,
    body: { email, password },
  });
  if (created.status !== 201)
    throw new Error(`staff not created: ${created.status} ${JSON.stringify(created.body)}`);
  const accounts = await profile.storage.collection<StoredDoc & Record<string, unknown>>({
    name: 'accounts',
  });
  const stored = await accounts.get(created.body.accountId);
  if (stored === null) throw new Error('the staff account is not stored');
  await accounts.update(
    { ...stored, staffRoles: ['centre-coordinator'], centreIds: [...centreIds] },
    stored.version,
  );
  const tokens = await profile.login(email, password);
  return {
    accountId: tokens.accountId,
    email,
    password,
    token: tokens.accessToken,
    refreshToken: tokens.refreshToken,
  };
}

/** The startup's quarterly check-in for `quarter`, with `employees` and the other fields plain. */
export const reportQuarter = (profile: ProfileHarness, startup: Person, quarter: string, employees: number) =>
  profile.request('PUT', `/v1/startups/${startup.accountId}/outcomes/${quarter}`, {
    token: startup.token,
    body: {
      employees,
      womenEmployed: 1,
      youthEmployed: 1,
      revenueBand: 'under-10k',
      investmentRaised: { amountUsd: 0, source: 'none' },
      turkishDeals: [],
    },
  });
