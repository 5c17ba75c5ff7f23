import { randomUUID } from 'node:crypto';
import type { AdvisorProfileInput } from '../../src/domain/advisors/advisor-profile';
import type { ProgrammeInput } from '../../src/domain/programmes/programme';
import type { StartupProfileInput } from '../../src/domain/startups/startup-profile';

// Valid request bodies with per-test overrides: `aStartupProfile({ sector: '10' })`.

export const aStartupProfile = (overrides: Partial<StartupProfileInput> = {}): StartupProfileInput => ({
  name: { latin: 'Sahara Foods', ar: 'أغذية الصحراء' },
  description: 'Dates and olive oil from the Jabal Nafusa, packed for export to Türkiye.',
  sector: '10',
  stage: 'early-revenue',
  city: 'tripoli',
  languages: [
    { code: 'ar', proficiency: 'native' },
    { code: 'en', proficiency: 'conversational' },
  ],
  needs: [{ kind: 'investment', amountUsd: 150_000 }, { kind: 'market-access' }],
  teamSize: 7,
  foundedYear: 2021,
  website: 'https://sahara-foods.example.ly',
  timeZone: 'Africa/Tripoli',
  ...overrides,
});

export const anAdvisorProfile = (overrides: Partial<AdvisorProfileInput> = {}): AdvisorProfileInput => ({
  displayName: 'Ayşe Demir',
  organisation: 'Anadolu Gıda Yatırım',
  roles: ['mentor', 'investor'],
  sectors: ['10', '11'],
  stages: ['prototype', 'early-revenue', 'growth'],
  languages: [
    { code: 'tr', proficiency: 'native' },
    { code: 'en', proficiency: 'fluent' },
    { code: 'ar', proficiency: 'basic' },
  ],
  offers: ['mentoring', 'investment', 'market-access'],
  ticket: { minUsd: 50_000, maxUsd: 500_000 },
  capacity: 3,
  timeZone: 'Europe/Istanbul',
  city: 'misrata',
  bio: 'Twenty years in food exports between Türkiye and North Africa.',
  ...overrides,
});

export const aProgramme = (overrides: Partial<ProgrammeInput> = {}): ProgrammeInput => ({
  name: {
    en: 'Libya Export Accelerator 2025',
    ar: 'مسرّع التصدير الليبي 2025',
    tr: 'Libya İhracat Hızlandırıcı 2025',
  },
  responseDeadlineDays: 7,
  phases: [
    {
      phaseId: 'application',
      kind: 'application',
      name: { en: 'Application', ar: 'التقديم', tr: 'Başvuru' },
      startsOn: '2025-02-01',
      endsOn: '2025-02-28',
      trainingSessions: [],
    },
    {
      phaseId: 'training',
      kind: 'training',
      name: { en: 'Training', ar: 'التدريب', tr: 'Eğitim' },
      startsOn: '2025-03-01',
      endsOn: '2025-04-15',
      trainingSessions: [
        {
          sessionId: 'export-finance',
          title: { en: 'Export finance', ar: 'تمويل التصدير', tr: 'İhracat finansmanı' },
          startsAt: '2025-03-10T09:00:00+02:00',
          durationMinutes: 120,
          centreId: 'tripoli',
          online: true,
        },
      ],
    },
  ],
  cohorts: [{ cohortId: 'spring-2025', name: 'Spring 2025', startsOn: '2025-03-01' }],
  ...overrides,
});

export interface Registration {
  readonly email: string;
  readonly password: string;
  readonly role: 'startup' | 'advisor';
}

/** A fresh account each call, so tests never share people. */
export const aRegistration = (overrides: Partial<Registration> = {}): Registration => ({
  email: `founder-${randomUUID()}@example.ly`,
  password: 'correct horse battery staple',
  role: 'startup',
  ...overrides,
});
