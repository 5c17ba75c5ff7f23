import {
  newRequestedIntroduction,
  type IntroductionRecord,
} from '../../src/domain/introductions/introduction';

/** An open request as read back from storage (version 1); overrides set any field. */
export const anIntroductionRecord = (overrides: Partial<IntroductionRecord> = {}): IntroductionRecord => ({
  ...newRequestedIntroduction({
    id: 'intro-1',
    startupId: 'startup-1',
    advisorId: 'advisor-1',
    note: 'We export olive oil and need help with Turkish retail.',
    programmeId: null,
    roundId: null,
    score: 72.5,
    explanation: [],
    requestedAt: '2026-01-01T09:00:00.000Z',
  }),
  version: 1,
  ...overrides,
});
