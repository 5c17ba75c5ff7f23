import type { ProfileTx } from '../profile-store.port';
import type { TrainingRoster } from '../training/training-roster';

const PROGRAMME_PAGE = 100;

/** Every session roster that names the startup, in any programme it was ever placed in. */
export async function rostersNaming(tx: ProfileTx, startupId: string): Promise<TrainingRoster[]> {
  const found: TrainingRoster[] = [];
  // A roster holds seats of many startups and cannot be queried by one, so every programme's are read;
  // erasure is rare and a deployment runs tens of programmes.
  for (let after: string | null = null; ;) {
    const page = await tx.programmes.page({ after, limit: PROGRAMME_PAGE });
    for (const programme of page.items) {
      for (const roster of await tx.training.rosters.ofProgramme(programme.id)) {
        const names = (entry: { startupId: string }) => entry.startupId === startupId;
        if (roster.seats.some(names) || roster.attended.some(names)) found.push(roster);
      }
    }
    if (page.next === null) return found;
    after = page.next;
  }
}

/**
 * Erasure of a startup's programme progress, inside the erasure's transaction: its seats (so seats
 * of sessions still to come are free again), attendance, certificates (so their public code answers
 * "not found"), milestone claims with their evidence, quarterly check-ins with every revision, the
 * reminders it was sent and the mentorships profile learnt. Nothing is kept anonymised: matching's
 * reports already leave an erased startup out of every count, so an anonymous row here would feed
 * nothing and could still be tied back to the startup by its dates, centre and cohort.
 * No progress events are published: matching forgets the startup's projection on `startup.erased`.
 */
export async function forgetProgrammeProgress(tx: ProfileTx, startupId: string): Promise<void> {
  const other = (entry: { startupId: string }) => entry.startupId !== startupId;
  for (const roster of await rostersNaming(tx, startupId)) {
    await tx.training.rosters.save({
      ...roster,
      seats: roster.seats.filter(other),
      attended: roster.attended.filter(other),
    });
  }
  for (const certificate of await tx.training.certificates.ofStartup(startupId))
    await tx.training.certificates.remove(certificate.id);
  for (const claim of await tx.milestones.progress.ofStartup(startupId))
    await tx.milestones.progress.remove(claim.id);
  for (const checkIn of await tx.outcomes.checkIns.ofStartup(startupId))
    await tx.outcomes.checkIns.remove(checkIn.id);
  await tx.outcomes.reminders.removeOfStartup(startupId);
  await tx.milestones.mentorships.removeOfStartup(startupId);
}
