import { randomUUID } from 'node:crypto';
import {
  makeEvent,
  type AdvisorUpsertedPayload,
  type EventOf,
  type EventPayload,
  type EventType,
  type ProgrammeUpsertedPayload,
  type StartupUpsertedPayload,
} from '@jisr/contracts';

/** Builders of the events the services publish, for any service's tests: payloads with plausible defaults, then envelopes. */

export const anId = (prefix: string): string => `${prefix}-${randomUUID().slice(0, 8)}`;

export const aStartupProfile = (overrides: Partial<StartupUpsertedPayload> = {}): StartupUpsertedPayload => ({
  startupId: anId('startup'),
  name: { latin: 'Sahel Foods', ar: 'أغذية الساحل' },
  sector: '10',
  stage: 'early-revenue',
  city: 'tripoli',
  languages: [
    { code: 'ar', proficiency: 'native' },
    { code: 'en', proficiency: 'fluent' },
  ],
  needs: [{ kind: 'mentoring' }],
  teamSize: 6,
  foundedYear: 2022,
  timeZone: 'Africa/Tripoli',
  verification: 'verified',
  ...overrides,
});

export const anAdvisorProfile = (
  overrides: Partial<AdvisorUpsertedPayload> = {},
): AdvisorUpsertedPayload => ({
  advisorId: anId('advisor'),
  displayName: 'Ayşe Demir',
  organisation: 'Anatolia Food Group',
  roles: ['mentor'],
  sectors: ['10'],
  stages: ['early-revenue', 'growth'],
  languages: [
    { code: 'tr', proficiency: 'native' },
    { code: 'en', proficiency: 'fluent' },
    { code: 'ar', proficiency: 'conversational' },
  ],
  offers: ['mentoring', 'market-access'],
  capacity: 3,
  paused: false,
  timeZone: 'Europe/Istanbul',
  verification: 'verified',
  ...overrides,
});

export const aProgramme = (overrides: Partial<ProgrammeUpsertedPayload> = {}): ProgrammeUpsertedPayload => ({
  programmeId: anId('programme'),
  name: { en: 'Binaa SME incubator', ar: 'حاضنة بناء', tr: 'Binaa KOBİ kuluçka' },
  responseDeadlineDays: 7,
  cohorts: [{ cohortId: 'cohort-2026-a', name: 'Spring 2026' }],
  ...overrides,
});

export interface EventOptions {
  readonly version?: number;
  readonly occurredAt?: string | Date;
  readonly id?: string;
}

const aggregateOf = (payload: Record<string, unknown>): string =>
  String(
    payload.introductionId ??
      payload.startupId ??
      payload.advisorId ??
      payload.programmeId ??
      payload.accountId,
  );

/** Any event by type; the aggregate is the payload's introduction, startup, advisor, programme or account id. */
export const anEvent = <T extends EventType>(
  type: T,
  payload: EventPayload<T>,
  options: EventOptions = {},
): EventOf<T> =>
  makeEvent(type, {
    aggregateId: aggregateOf(payload as Record<string, unknown>),
    version: options.version ?? 1,
    payload,
    occurredAt: options.occurredAt,
    id: options.id,
  });

export const startupUpserted = (profile: StartupUpsertedPayload, options?: EventOptions) =>
  anEvent('startup.upserted', profile, options);

export const advisorUpserted = (profile: AdvisorUpsertedPayload, options?: EventOptions) =>
  anEvent('advisor.upserted', profile, options);
