import { versionedRepository, type Collection, type CollectionSpec, type EntityDoc } from '@jisr/storage';
import type { MilestoneRepositories } from '../domain/milestones/milestone-store.port';
import type { MilestoneProgress, ProgrammeMilestones } from '../domain/milestones/milestone';
import type { Mentorship } from '../domain/mentorships/mentorship';

export const PROGRAMME_MILESTONES: CollectionSpec = { name: 'programme_milestones' };

export const MILESTONE_PROGRESS: CollectionSpec = {
  name: 'milestone_progress',
  indexes: [
    { name: 'startup_milestone', fields: { startupId: 1, milestoneId: 1 }, unique: true },
    { name: 'programme', fields: { programmeId: 1 } },
    { name: 'state', fields: { state: 1 } },
  ],
};

/** Introductions as profile learns them, to know each startup's mentors. */
export const MENTORSHIPS: CollectionSpec = {
  name: 'mentorships',
  indexes: [
    { name: 'advisor', fields: { advisorId: 1, state: 1 } },
    { name: 'startup', fields: { startupId: 1 } },
  ],
};

export const MILESTONE_COLLECTIONS = [PROGRAMME_MILESTONES, MILESTONE_PROGRESS, MENTORSHIPS];

/** Milestone definitions, claims and mentorships on one transaction's collections. */
export async function milestoneRepositories(
  open: (spec: CollectionSpec) => Promise<Collection<EntityDoc>>,
): Promise<MilestoneRepositories> {
  const progress = versionedRepository<MilestoneProgress>(await open(MILESTONE_PROGRESS));
  const mentorships = versionedRepository<Mentorship>(await open(MENTORSHIPS));
  return {
    definitions: versionedRepository<ProgrammeMilestones>(await open(PROGRAMME_MILESTONES)),
    progress: {
      ...progress,
      ofStartup: (startupId) => progress.find({ startupId }),
      ofStartupMilestone: async (startupId, milestoneId) =>
        (await progress.find({ startupId, milestoneId }))[0] ?? null,
      ofProgramme: (programmeId) => progress.find({ programmeId }),
      awaiting: (startupIds) =>
        progress.find(
          startupIds === null ? { state: 'reached' } : { state: 'reached', startupId: { $in: startupIds } },
        ),
    },
    mentorships: {
      ...mentorships,
      activeBetween: async (advisorId, startupId) =>
        (await mentorships.find({ advisorId, startupId, state: 'active' })).length > 0,
      startupsOf: async (advisorId) => [
        ...new Set((await mentorships.find({ advisorId, state: 'active' })).map((m) => m.startupId)),
      ],
      removeOfStartup: (startupId) => mentorships.removeWhere({ startupId }),
    },
  };
}
