import type { EventOf, EventPayload } from '@jisr/contracts';
import { anEvent, anId } from '@jisr/test-kit';

// Per-test ids: every test makes its own people and introductions.
export { anId };

export function anIntroductionRequested(
  overrides: Partial<EventPayload<'introduction.requested'>> = {},
  envelope: { id?: string; version?: number } = {},
): EventOf<'introduction.requested'> {
  const payload: EventPayload<'introduction.requested'> = {
    introductionId: anId('intro'),
    startupId: anId('startup'),
    advisorId: anId('advisor'),
    note: 'نود الاستفادة من خبرتكم في سلاسل التبريد.',
    score: 81,
    explanation: [
      {
        criterion: 'sector',
        score: 100,
        text: {
          ar: 'يعمل في القطاع نفسه.',
          tr: 'Aynı sektörde çalışıyor.',
          en: 'Works in the same sector.',
        },
      },
    ],
    requestedAt: '2025-03-01T09:00:00.000Z',
    ...overrides,
  };
  return anEvent('introduction.requested', payload, envelope);
}

export function anIntroductionWithdrawn(
  requested: EventOf<'introduction.requested'>,
  reason = 'Found a mentor elsewhere.',
): EventOf<'introduction.withdrawn'> {
  const { introductionId, startupId, advisorId } = requested.payload;
  return anEvent(
    'introduction.withdrawn',
    { introductionId, startupId, advisorId, reason },
    { version: requested.version + 1 },
  );
}

export function aStartupUpserted(
  startupId: string,
  overrides: Partial<EventPayload<'startup.upserted'>> = {},
  version = 1,
): EventOf<'startup.upserted'> {
  return anEvent(
    'startup.upserted',
    {
      startupId,
      name: { latin: 'Sahel Cold Chain', ar: 'سلسلة الساحل للتبريد' },
      description: 'Solar-powered cold rooms for fishermen in Misrata.',
      sector: '10',
      stage: 'prototype',
      city: 'misrata',
      languages: [{ code: 'ar', proficiency: 'native' }],
      needs: [{ kind: 'mentoring' }],
      teamSize: 4,
      foundedYear: 2023,
      timeZone: 'Africa/Tripoli',
      verification: 'verified',
      ...overrides,
    },
    { version },
  );
}

export function anAdvisorUpserted(advisorId: string, version = 1): EventOf<'advisor.upserted'> {
  return anEvent(
    'advisor.upserted',
    {
      advisorId,
      displayName: 'Ayşe Demir',
      organisation: 'DEİK Türkiye-Libya İş Konseyi',
      roles: ['mentor'],
      sectors: ['10'],
      stages: ['prototype'],
      languages: [{ code: 'tr', proficiency: 'native' }],
      offers: ['mentoring'],
      capacity: 3,
      paused: false,
      timeZone: 'Europe/Istanbul',
      verification: 'verified',
    },
    { version },
  );
}

export function aProgrammeUpserted(
  programmeId: string,
  responseDeadlineDays: number,
): EventOf<'programme.upserted'> {
  return anEvent('programme.upserted', {
    programmeId,
    name: { ar: 'برنامج الريادة', tr: 'Girişimcilik Programı', en: 'Venture Programme' },
    responseDeadlineDays,
    cohorts: [],
  });
}

export const erased = (type: 'startup.erased' | 'advisor.erased', id: string, version = 9) =>
  type === 'startup.erased'
    ? anEvent('startup.erased', { startupId: id }, { version })
    : anEvent('advisor.erased', { advisorId: id }, { version });

/** Profile telling messaging where a person's notification email goes, and in which language. */
export const aContactChanged = (
  accountId: string,
  contact: { email: string | null; locale: 'ar' | 'tr' | 'en'; role?: 'startup' | 'advisor' },
  version = 1,
) =>
  anEvent(
    'account.contact-changed',
    { accountId, role: contact.role ?? 'advisor', email: contact.email, locale: contact.locale },
    { version },
  );
