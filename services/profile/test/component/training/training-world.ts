import { TOPICS, type EventEnvelope } from '@jisr/contracts';
import type { StoredDoc } from '@jisr/storage';
import { uniqueName, waitFor } from '@jisr/test-kit';
import { aProgramme } from '../../builders/profile-builders';
import type { Person } from '../api-client';
import type { ProfileHarness } from '../profile-harness';

const DAY = 24 * 60 * 60_000;

/**
 * A programme whose training phase has three sessions a week ahead: a small one at Tripoli, one at
 * Misrata, and an optional online one. The phase requires the first two for its certificate.
 */
export const trainingProgramme = (now: Date, capacity = 2, startsInDays = 7) => {
  const soon = (days: number) => new Date(now.getTime() + (days - 7 + startsInDays) * DAY).toISOString();
  const title = (en: string) => ({ en, ar: `جلسة ${en}`, tr: `Oturum ${en}` });
  const base = aProgramme();
  return aProgramme({
    phases: [
      base.phases[0]!,
      {
        ...base.phases[1]!,
        startsOn: '2025-03-01',
        endsOn: '2030-12-31',
        trainingSessions: [
          {
            sessionId: 'export-finance',
            title: title('Export finance'),
            startsAt: soon(7),
            durationMinutes: 120,
            centreId: 'tripoli',
            online: false,
            capacity,
          },
          {
            sessionId: 'pitching',
            title: title('Pitching'),
            startsAt: soon(8),
            durationMinutes: 90,
            centreId: 'misrata',
            online: false,
            capacity: 20,
          },
          {
            sessionId: 'customs-online',
            title: title('Customs'),
            startsAt: soon(9),
            durationMinutes: 60,
            online: true,
          },
        ],
        requiredSessionIds: ['export-finance', 'pitching'],
      },
    ],
  });
};

export interface TrainingWorld {
  readonly programmeId: string;
  /** A startup with a profile placed in the programme's cohort at `centreId`. */
  aPlacedStartup(centreId?: string): Promise<Person>;
  session(sessionId: string): string;
  /** Every `programme.progress.v1` event published so far. */
  readonly progress: EventEnvelope[];
  progressEvent(type: string, startupId: string, sessionId: string): Promise<EventEnvelope>;
}

export async function trainingWorld(
  profile: ProfileHarness,
  council: Person,
  capacity = 2,
  startsInDays = 7,
): Promise<TrainingWorld> {
  const created = await profile.request<{ programmeId: string }>('POST', '/v1/programmes', {
    token: council.token,
    body: trainingProgramme(profile.clock.now(), capacity, startsInDays),
  });
  if (created.status !== 201) throw new Error(`programme: ${created.status} ${JSON.stringify(created.body)}`);
  const { programmeId } = created.body;
  const progress: EventEnvelope[] = [];
  // The harness records the profile topics; progress has its own topic, so this world listens to it.
  await profile.bus.subscribe({
    groupId: uniqueName('training-test'),
    topics: [TOPICS.progress],
    fromBeginning: true,
    handler: async (event) => {
      progress.push(event);
    },
  });
  return {
    programmeId,
    progress,
    session: (sessionId) => `/v1/programmes/${programmeId}/sessions/${sessionId}`,
    aPlacedStartup: async (centreId = 'tripoli') => {
      const startup = await profile.aStartupWithProfile();
      const placed = await profile.request('PUT', `/v1/startups/${startup.accountId}/placement`, {
        token: council.token,
        body: { centreId, programmeId, cohortId: 'spring-2025' },
      });
      if (placed.status !== 200) throw new Error(`placement: ${placed.status}`);
      return startup;
    },
    progressEvent: (type, startupId, sessionId) =>
      waitFor(
        () =>
          progress.find(
            (event) =>
              event.type === type &&
              (event.payload as { startupId?: string }).startupId === startupId &&
              (event.payload as { sessionId?: string }).sessionId === sessionId,
          ),
        { what: `${type} for ${startupId}`, timeoutMs: 5000 },
      ),
  };
}

/**
 * A centre coordinator serving `centreIds`. Made by promoting a fresh account in storage, as
 * staff-claims.test.ts does, since staff accounts are not created over HTTP yet; the login that
 * follows is real, so the token carries the roles and centres as any coordinator's would.
 */
export async function aCoordinatorOf(profile: ProfileHarness, ...centreIds: string[]): Promise<Person> {
  const person = await profile.signUp({ role: 'advisor' });
  const accounts = await profile.storage.collection<StoredDoc & Record<string, unknown>>({
    name: 'accounts',
  });
  const stored = await accounts.get(person.accountId);
  if (stored === null) throw new Error('the account is not stored');
  await accounts.update(
    { ...stored, role: 'council', staffRoles: ['centre-coordinator'], centreIds },
    stored.version,
  );
  const tokens = await profile.login(person.email, person.password);
  return { ...person, token: tokens.accessToken, refreshToken: tokens.refreshToken };
}
