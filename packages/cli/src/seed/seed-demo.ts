import { z } from 'zod';
import { logIn } from '../api/auth';
import type { ApiClient } from '../api/http-client';
import { allItems } from '../api/listings';
import type { DemoData } from './demo-types';
import { seedMilestones } from './milestone-data';
import { mapWithLimit } from './pool';
import { existingProfiles, seedAdvisor, seedStartup, type PersonSeeder } from './seed-people';
import { seedOrganisations } from './demo-organisations';

export interface SeedOptions {
  readonly api: ApiClient;
  readonly data: DemoData;
  /** The council account that does the seeding (the one the profile service bootstrapped). */
  readonly council: { readonly email: string; readonly password: string };
  /** One line per step, for a person watching. */
  readonly progress?: (line: string) => void;
  readonly concurrency?: number;
}

export interface SeededPerson {
  readonly slug: string;
  readonly email: string;
  readonly id: string;
}

export interface SeedReport {
  readonly seed: number;
  readonly programmeId: string;
  readonly cohortId: string;
  readonly startups: readonly SeededPerson[];
  readonly advisors: readonly SeededPerson[];
}

const programmeView = z.looseObject({ programmeId: z.string() });
const programmeItem = z.looseObject({ programmeId: z.string(), name: z.looseObject({ en: z.string() }) });

async function findProgramme(api: ApiClient, token: string, name: string): Promise<string | null> {
  const items = await allItems((cursor) =>
    api.call('profile', '/v1/programmes', { token, query: { limit: 100, cursor } }),
  );
  const found = items.map((item) => programmeItem.parse(item)).find((item) => item.name.en === name);
  return found?.programmeId ?? null;
}

/** Creates the programme, or replaces the one an earlier seed made, so seeding twice is harmless. */
async function seedProgramme(api: ApiClient, token: string, data: DemoData): Promise<string> {
  const existing = await findProgramme(api, token, data.programme.name.en);
  const body = data.programme;
  const saved =
    existing === null
      ? await api.call('profile', '/v1/programmes', { method: 'POST', token, body })
      : await api.call('profile', `/v1/programmes/${existing}`, { method: 'PUT', token, body });
  return programmeView.parse(saved).programmeId;
}

const counter = (progress: (line: string) => void, what: string, total: number) => {
  let done = 0;
  return (): void => {
    done += 1;
    if (done % 10 === 0 || done === total) progress(`  ${what}: ${done}/${total}`);
  };
};

/**
 * Loads the demo data set through the services' public HTTP APIs, exactly as people would: the
 * council logs in, sets up centres and the programme, accounts are registered, profiles written,
 * placed and verified. Every change goes out as an event, so matching and messaging learn of it
 * the way they do in production.
 */
export async function seedDemo({
  api,
  data,
  council,
  progress = () => {},
  concurrency = 4,
}: SeedOptions): Promise<SeedReport> {
  progress(`Seeding the Jisr demo data (seed ${data.seed}) as ${council.email}`);
  const { accessToken: token } = await logIn(api, council.email, council.password);
  for (const centre of data.centres)
    await api.call('profile', `/v1/centres/${centre.id}`, { method: 'PUT', token, body: centre.body });
  progress(`  business development centres: ${data.centres.map((c) => c.id).join(', ')}`);
  progress(`  partner organisations: ${(await seedOrganisations(api, token)).join(', ')}`);
  const programmeId = await seedProgramme(api, token, data);
  progress(
    `  programme: ${data.programme.name.en} (${data.programme.phases.length} phases, cohort ${data.cohortId})`,
  );
  progress(`  milestones: ${await seedMilestones(api, token, programmeId)}`);

  const base = { api, councilToken: token, password: data.password };
  const startupSeeder: PersonSeeder = { ...base, existing: await existingProfiles(api, token, 'startup') };
  const startupTick = counter(progress, 'startups', data.startups.length);
  const startups = await mapWithLimit(data.startups, concurrency, async (startup) => {
    const id = await seedStartup(startupSeeder, startup, programmeId, data.cohortId);
    startupTick();
    return { slug: startup.slug, email: startup.email, id };
  });

  const advisorSeeder: PersonSeeder = { ...base, existing: await existingProfiles(api, token, 'advisor') };
  const advisorTick = counter(progress, 'mentors and investors', data.advisors.length);
  const advisors = await mapWithLimit(data.advisors, concurrency, async (advisor) => {
    const id = await seedAdvisor(advisorSeeder, advisor);
    advisorTick();
    return { slug: advisor.slug, email: advisor.email, id };
  });
  progress(
    `Demo data loaded: ${startups.length} startups, ${advisors.length} mentors and investors, 1 programme.`,
  );
  return { seed: data.seed, programmeId, cohortId: data.cohortId, startups, advisors };
}
