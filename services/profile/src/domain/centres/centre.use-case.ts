import type { Actor } from '@jisr/auth';
import { z } from 'zod';
import { recordAction } from '../audit/record-staff-action';
import { assertCouncil } from '../people/access';
import type { ProfileContext } from '../profile-context';
import { centreNotFound } from '../profile-errors';
import { centreInputSchema, DEFAULT_CENTRES, type Centre, type CentreInput } from './centre';

export const centreViewSchema = z.object({
  centreId: z.string(),
  ...centreInputSchema.shape,
  updatedAt: z.string(),
});
export type CentreView = z.infer<typeof centreViewSchema>;

const viewCentre = ({ id, version: _version, ...rest }: Centre): CentreView => ({ centreId: id, ...rest });

/** Creates or renames a centre (council). */
export async function saveCentre(
  ctx: ProfileContext,
  actor: Actor,
  centreId: string,
  input: CentreInput,
): Promise<{ centre: CentreView; created: boolean }> {
  assertCouncil(actor);
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const before = await tx.centres.get(centreId);
    const centre: Centre = {
      ...input,
      id: centreId,
      version: before?.version ?? 0,
      updatedAt: now.toISOString(),
    };
    const action = before === null ? 'centre.create' : 'centre.update';
    await recordAction(
      tx,
      actor,
      { action, target: { type: 'centre', id: centreId }, before, after: centre },
      now,
    );
    return { centre: viewCentre(await tx.centres.save(centre)), created: before === null };
  });
}

export async function listCentres(ctx: ProfileContext): Promise<CentreView[]> {
  const centres = await ctx.store.transaction((tx) => tx.centres.all());
  return centres.map(viewCentre);
}

export async function getCentre(ctx: ProfileContext, centreId: string): Promise<CentreView> {
  const centre = await ctx.store.transaction((tx) => tx.centres.get(centreId));
  if (centre === null) throw centreNotFound();
  return viewCentre(centre);
}

/** A fresh installation starts with the Tripoli, Benghazi and Misrata centres; existing ones are left alone. */
export async function seedDefaultCentres(ctx: ProfileContext): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    if ((await tx.centres.all()).length > 0) return;
    const updatedAt = ctx.clock.now().toISOString();
    for (const centre of DEFAULT_CENTRES) await tx.centres.save({ ...centre, version: 0, updatedAt });
  });
}
