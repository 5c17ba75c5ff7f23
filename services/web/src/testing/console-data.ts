/** Profile views as the profile service answers them, for the console's tests. */
const notice = { ar: 'ملاحظة', tr: 'Not', en: 'Notice' };

export const aStartupView = (overrides: Record<string, unknown> = {}) => ({
  startupId: 's-1',
  name: { latin: 'Sahara Foods', ar: 'أغذية الصحراء' },
  description: 'Dates and olive oil for export.',
  sector: '10',
  stage: 'early-revenue',
  city: 'tripoli',
  languages: [{ code: 'ar', proficiency: 'native' }],
  needs: [{ kind: 'investment', amountUsd: 150000 }],
  teamSize: 7,
  foundedYear: 2021,
  timeZone: 'Africa/Tripoli',
  verification: { status: 'pending', reason: null, decidedAt: null, notice },
  placement: { centreId: null, programmeId: null, cohortId: null },
  deactivated: false,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...overrides,
});

export const anAdvisorView = (overrides: Record<string, unknown> = {}) => ({
  advisorId: 'a-1',
  displayName: 'Ayşe Demir',
  organisation: 'Anadolu Gıda',
  roles: ['mentor'],
  sectors: ['10'],
  stages: ['growth'],
  languages: [{ code: 'tr', proficiency: 'native' }],
  offers: ['mentoring'],
  capacity: 3,
  timeZone: 'Europe/Istanbul',
  city: 'misrata',
  bio: 'Food exports.',
  verification: { status: 'pending', reason: null, decidedAt: null, notice },
  pause: { paused: false, reason: null, since: null },
  centreId: null,
  pendingChange: null,
  deactivated: false,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...overrides,
});

export const page = (items: unknown[], nextCursor: string | null = null) => ({ items, nextCursor });
