export const MEETING_MARK_STATUSES = ['scheduled', 'cancelled', 'held', 'no-show'] as const;
export type MeetingMarkStatus = (typeof MEETING_MARK_STATUSES)[number];

/** What the pipeline needs of one meeting: when, how it stands, and the last event applied. */
export interface MeetingMark {
  readonly id: string;
  readonly startsAt: string;
  readonly status: MeetingMarkStatus;
  readonly eventVersion: number;
}
