import { z } from 'zod';
import { logIn } from '../api/auth';
import type { ApiClient } from '../api/http-client';
import { allItems, profileNames, type ProfileKind } from '../api/listings';
import type { DemoAdvisor, DemoStartup } from './demo-types';

type Kind = ProfileKind;

export interface PersonSeeder {
  readonly api: ApiClient;
  readonly councilToken: string;
  readonly password: string;
  /** Profiles already there, by their name (startups by Latin name, advisors by display name). */
  readonly existing: ReadonlyMap<string, string>;
}

const verificationSchema = z.looseObject({ verification: z.looseObject({ status: z.string() }) });

const COLLECTION: Record<Kind, string> = { startup: 'startups', advisor: 'advisors' };

/** Every profile of a kind the council can list, as name → id, so a second seed updates instead of duplicating. */
export async function existingProfiles(
  api: ApiClient,
  token: string,
  kind: Kind,
): Promise<Map<string, string>> {
  const items = await allItems((cursor) =>
    api.call('profile', `/v1/${COLLECTION[kind]}`, { token, query: { limit: 100, cursor } }),
  );
  return new Map(profileNames(items, kind).map(([id, name]) => [name, id]));
}

/**
 * Registers the account as its owner would, then logs in for its id: registration answers the same
 * for a new and a taken email (an earlier, interrupted seed), so login is what names the account.
 * Demo addresses receive no mail, so the council confirms them as staff would after an intake.
 */
async function accountFor(seeder: PersonSeeder, kind: Kind, email: string, name: string): Promise<string> {
  const known = seeder.existing.get(name);
  if (known !== undefined) return known;
  const body = { email, password: seeder.password, role: kind };
  await seeder.api.call('profile', '/v1/accounts', { method: 'POST', body });
  const { accountId } = await logIn(seeder.api, email, seeder.password);
  await seeder.api.call('profile', `/v1/accounts/${encodeURIComponent(accountId)}/email-verification`, {
    method: 'POST',
    token: seeder.councilToken,
  });
  return accountId;
}

/** Profile, placement and verification are the council's to write, as staff would after an intake interview. */
async function completeProfile(
  seeder: PersonSeeder,
  kind: Kind,
  id: string,
  profile: object,
  placement: object,
  verify: boolean,
): Promise<void> {
  const { api, councilToken: token } = seeder;
  const path = `/v1/${COLLECTION[kind]}/${encodeURIComponent(id)}`;
  await api.call('profile', path, { method: 'PUT', token, body: profile });
  const placed = verificationSchema.parse(
    await api.call('profile', `${path}/placement`, { method: 'PUT', token, body: placement }),
  );
  if (verify && placed.verification.status !== 'verified')
    await api.call('profile', `${path}/verification`, {
      method: 'POST',
      token,
      body: { decision: 'verified' },
    });
}

export async function seedStartup(
  seeder: PersonSeeder,
  startup: DemoStartup,
  programmeId: string,
  cohortId: string,
): Promise<string> {
  const id = await accountFor(seeder, 'startup', startup.email, startup.profile.name.latin);
  const placement = {
    centreId: startup.centreId,
    programmeId: startup.inCohort ? programmeId : null,
    cohortId: startup.inCohort ? cohortId : null,
  };
  await completeProfile(seeder, 'startup', id, startup.profile, placement, startup.verify);
  return id;
}

export async function seedAdvisor(seeder: PersonSeeder, advisor: DemoAdvisor): Promise<string> {
  const id = await accountFor(seeder, 'advisor', advisor.email, advisor.profile.displayName);
  await completeProfile(
    seeder,
    'advisor',
    id,
    advisor.profile,
    { centreId: advisor.centreId },
    advisor.verify,
  );
  return id;
}
