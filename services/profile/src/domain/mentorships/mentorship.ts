/**
 * Profile's projection of one introduction: an accepted introduction makes the advisor the
 * startup's mentor until it is completed. Milestone confirmation asks it who the mentors are.
 */
export interface Mentorship {
  /** The introduction's id. */
  readonly id: string;
  readonly version: number;
  readonly startupId: string;
  readonly advisorId: string;
  readonly state: 'active' | 'ended';
  /** The last introduction event applied; an older one arriving late changes nothing. */
  readonly eventVersion: number;
}

export type MentorshipFact =
  | {
      readonly type: 'introduction.accepted';
      readonly introductionId: string;
      readonly startupId: string;
      readonly advisorId: string;
    }
  | {
      readonly type: 'introduction.completed';
      readonly introductionId: string;
      readonly startupId: string;
      readonly advisorId: string;
    };
