import { z } from 'zod';
import { unknownReference } from '../profile-errors';
import type { ProfileTx } from '../profile-store.port';
import type { StartupPlacement } from '../startups/startup-profile';

const ref = z.string().min(1).max(64).nullable();

export const startupPlacementBodySchema = z
  .object({ centreId: ref, programmeId: ref, cohortId: ref })
  .strict()
  .refine((body) => body.cohortId === null || body.programmeId !== null, {
    error: 'a cohort needs its programme',
    path: ['cohortId'],
  });
export type PlacementBody = z.infer<typeof startupPlacementBodySchema>;

export const advisorPlacementBodySchema = z.object({ centreId: ref }).strict();

/** Every id a placement names must exist: the centre, the programme, and the cohort inside that programme. */
export async function checkPlacement(tx: ProfileTx, body: PlacementBody): Promise<StartupPlacement> {
  await checkCentre(tx, body.centreId);
  if (body.programmeId !== null) {
    const programme = await tx.programmes.get(body.programmeId);
    if (programme === null) throw unknownReference('body.programmeId', 'No such programme.');
    if (body.cohortId !== null && !programme.cohorts.some((cohort) => cohort.cohortId === body.cohortId)) {
      throw unknownReference('body.cohortId', 'The programme has no such cohort.');
    }
  }
  return { centreId: body.centreId, programmeId: body.programmeId, cohortId: body.cohortId };
}

export async function checkCentre(tx: ProfileTx, centreId: string | null): Promise<void> {
  if (centreId !== null && (await tx.centres.get(centreId)) === null) {
    throw unknownReference('body.centreId', 'No such business development centre.');
  }
}
