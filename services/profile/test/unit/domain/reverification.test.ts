import {
  advisorNeedsReverification,
  type AdvisorProfile,
} from '../../../src/domain/advisors/advisor-profile';
import { isMaterialChange } from '../../../src/domain/advisors/material-change';
import { pendingVerification, type Verification } from '../../../src/domain/people/profile-fields';
import {
  needsReverification,
  noPlacement,
  type StartupProfile,
} from '../../../src/domain/startups/startup-profile';
import { aStartupProfile, anAdvisorProfile } from '../../builders/profile-builders';

const verified: Verification = {
  status: 'verified',
  reason: null,
  decidedAt: '2025-01-01T00:00:00.000Z',
  decidedBy: 'c',
};
const rejected: Verification = {
  status: 'rejected',
  reason: 'No trade licence',
  decidedAt: '2025-01-01T00:00:00.000Z',
  decidedBy: 'c',
};

const stored = (verification: Verification): StartupProfile => ({
  ...aStartupProfile(),
  id: 's',
  version: 1,
  verification,
  placement: noPlacement,
  deactivated: false,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

describe('startup re-verification', () => {
  test('when a verified startup edits its description, then it stays verified', () => {
    expect(needsReverification(stored(verified), aStartupProfile({ description: 'New pitch' }))).toBe(false);
  });

  test('when a verified startup changes its sector, then it goes back to pending', () => {
    expect(needsReverification(stored(verified), aStartupProfile({ sector: '62' }))).toBe(true);
  });

  test('when a verified startup changes its Arabic name, then it goes back to pending', () => {
    expect(
      needsReverification(
        stored(verified),
        aStartupProfile({ name: { latin: 'Sahara Foods', ar: 'اسم آخر' } }),
      ),
    ).toBe(true);
  });

  test('when a rejected startup edits anything, then it is submitted again', () => {
    expect(needsReverification(stored(rejected), aStartupProfile())).toBe(true);
  });

  test('when a pending startup edits, then nothing changes', () => {
    expect(needsReverification(stored(pendingVerification), aStartupProfile({ sector: '62' }))).toBe(false);
  });
});

describe('advisor re-verification', () => {
  const advisor = (verification: Verification): AdvisorProfile => ({
    ...anAdvisorProfile(),
    id: 'a',
    version: 1,
    verification,
    pause: { paused: false, reason: null, since: null },
    centreId: null,
    deactivated: false,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  });

  test('when a verified advisor changes organisation, then it is a material change held for the council', () => {
    const before = advisor(verified);

    expect(advisorNeedsReverification(before)).toBe(false);
    expect(isMaterialChange(before, anAdvisorProfile({ organisation: 'Another Holding' }))).toBe(true);
  });

  test('when a verified advisor changes capacity, then it is not material', () => {
    expect(isMaterialChange(advisor(verified), anAdvisorProfile({ capacity: 5 }))).toBe(false);
  });

  test('when a verified advisor adds a sector of a section they already cover, then it is not material', () => {
    const before = { ...advisor(verified), sectors: ['10' as const] };

    expect(isMaterialChange(before, anAdvisorProfile({ sectors: ['10', '11'] }))).toBe(false);
    expect(isMaterialChange(before, anAdvisorProfile({ sectors: ['10', '62'] }))).toBe(true);
  });

  test('when a rejected advisor edits anything, then they are submitted again', () => {
    expect(advisorNeedsReverification(advisor(rejected))).toBe(true);
  });
});
