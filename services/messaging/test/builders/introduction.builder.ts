import { randomUUID } from 'node:crypto';
import {
  receiveIntroduction,
  type Introduction,
  type NewIntroductionInput,
} from '../../src/domain/introduction/introduction';

/** A freshly received inbox item; override any field the test is about. */
export function anInboxItem(
  overrides: Partial<NewIntroductionInput> = {},
  options: { now?: Date; deadlineDays?: number } = {},
): Introduction {
  const now = options.now ?? new Date('2025-03-01T09:00:00.000Z');
  return receiveIntroduction(
    {
      id: `intro-${randomUUID()}`,
      startupId: `startup-${randomUUID()}`,
      advisorId: `advisor-${randomUUID()}`,
      programmeId: null,
      note: 'We would value your view on our cold-chain plan.',
      score: 82,
      explanation: [],
      requestedAt: now.toISOString(),
      eventVersion: 1,
      ...overrides,
    },
    now,
    options.deadlineDays ?? 7,
  );
}
