import type { ProfileTx } from '../profile-store.port';
import type { Mentorship, MentorshipFact } from './mentorship';

/** Applies one introduction fact; a repeat or an out-of-order older event leaves the projection as it is. */
export async function applyMentorshipFact(
  tx: ProfileTx,
  fact: MentorshipFact,
  eventVersion: number,
): Promise<void> {
  const before = await tx.milestones.mentorships.get(fact.introductionId);
  if (before !== null && before.eventVersion >= eventVersion) return;
  const state: Mentorship['state'] = fact.type === 'introduction.accepted' ? 'active' : 'ended';
  await tx.milestones.mentorships.save({
    id: fact.introductionId,
    version: before?.version ?? 0,
    startupId: fact.startupId,
    advisorId: fact.advisorId,
    state,
    eventVersion,
  });
}
