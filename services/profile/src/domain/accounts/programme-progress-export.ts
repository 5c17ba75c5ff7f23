import { z } from 'zod';
import { milestoneProgressViewSchema, viewProgress } from '../milestones/milestone-view';
import { outcomeCheckInViewSchema, viewCheckIn } from '../outcomes/outcome-view';
import type { ProfileTx } from '../profile-store.port';
import { certificateViewSchema, viewCertificate } from '../training/certificate';
import { rostersNaming } from './forget-programme-progress';

const trainingEntrySchema = z.object({
  programmeId: z.string(),
  phaseId: z.string(),
  sessionId: z.string(),
  cohortId: z.string().nullable(),
  /** When the startup took a seat; null when it was marked present without one. */
  registeredAt: z.string().nullable(),
  attendance: z.object({ at: z.string(), via: z.enum(['coordinator', 'check-in-code']) }).nullable(),
});

/** A startup's programme progress, as its data export carries it: what erasure would remove. */
export const programmeProgressExportSchema = z.object({
  training: z.array(trainingEntrySchema),
  certificates: z.array(certificateViewSchema),
  milestones: z.array(milestoneProgressViewSchema),
  /** Quarterly check-ins, each with every revision the startup made. */
  outcomes: z.array(outcomeCheckInViewSchema),
});
export type ProgrammeProgressExport = z.infer<typeof programmeProgressExportSchema>;

/** Everything of the startup's programme progress that profile holds (the same reach as erasure's). */
export async function exportProgrammeProgress(
  tx: ProfileTx,
  startupId: string,
  webUrl: string,
): Promise<ProgrammeProgressExport> {
  const training = (await rostersNaming(tx, startupId)).map((roster) => {
    const seat = roster.seats.find((entry) => entry.startupId === startupId);
    const attended = roster.attended.find((entry) => entry.startupId === startupId);
    return {
      programmeId: roster.programmeId,
      phaseId: roster.phaseId,
      sessionId: roster.sessionId,
      cohortId: seat?.cohortId ?? attended?.cohortId ?? null,
      registeredAt: seat?.registeredAt ?? null,
      attendance: attended === undefined ? null : { at: attended.at, via: attended.via },
    };
  });
  const byQuarter = (a: { quarter: string }, b: { quarter: string }) => a.quarter.localeCompare(b.quarter);
  return {
    training,
    certificates: (await tx.training.certificates.ofStartup(startupId)).map((certificate) =>
      viewCertificate(certificate, webUrl),
    ),
    milestones: (await tx.milestones.progress.ofStartup(startupId)).map(viewProgress),
    outcomes: (await tx.outcomes.checkIns.ofStartup(startupId)).map(viewCheckIn).sort(byQuarter),
  };
}
