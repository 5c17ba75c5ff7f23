import type { VersionedRepository } from '@jisr/storage';
import type { Mentorship } from '../mentorships/mentorship';
import type { MilestoneProgress, ProgrammeMilestones } from './milestone';

/** What milestone use cases touch inside a profile transaction. */
export interface MilestoneRepositories {
  readonly definitions: VersionedRepository<ProgrammeMilestones>;
  readonly progress: VersionedRepository<MilestoneProgress> & {
    ofStartup(startupId: string): Promise<MilestoneProgress[]>;
    ofStartupMilestone(startupId: string, milestoneId: string): Promise<MilestoneProgress | null>;
    ofProgramme(programmeId: string): Promise<MilestoneProgress[]>;
    /** Claims waiting for a mentor or coordinator, oldest first. */
    awaiting(startupIds: readonly string[] | null): Promise<MilestoneProgress[]>;
    remove(id: string): Promise<boolean>;
  };
  /** Who mentors whom, learnt from introduction events. */
  readonly mentorships: VersionedRepository<Mentorship> & {
    activeBetween(advisorId: string, startupId: string): Promise<boolean>;
    startupsOf(advisorId: string): Promise<string[]>;
    /** Erasure: the startup's introductions as profile learnt them go with it. */
    removeOfStartup(startupId: string): Promise<number>;
  };
}
