import { z } from 'zod';
import { recordAction } from '../audit/record-staff-action';
import { programmeNotFound } from '../profile-errors';
import type { ProfileContext } from '../profile-context';
import type { ProfileTx } from '../profile-store.port';
import type { Programme } from '../programmes/programme';
import { strictLocalizedText } from '../people/profile-fields';
import { assertStaffRole, type ProgressActor } from './milestone-access';
import { milestoneIdTaken, phaseNotFound } from './milestone-errors';
import type { MilestoneDefinition, PhaseMilestonesBody, ProgrammeMilestones } from './milestone';

export const programmeMilestonesViewSchema = z.object({
  programmeId: z.string(),
  phases: z.array(
    z.object({
      phaseId: z.string(),
      name: strictLocalizedText,
      milestones: z.array(z.object({ milestoneId: z.string(), name: strictLocalizedText })),
    }),
  ),
});
export type ProgrammeMilestonesView = z.infer<typeof programmeMilestonesViewSchema>;

/** Every phase of the programme in timeline order, each with its milestones (none until defined). */
export const viewMilestones = (
  programme: Programme,
  stored: ProgrammeMilestones | null,
): ProgrammeMilestonesView => ({
  programmeId: programme.id,
  phases: programme.phases.map((phase) => ({
    phaseId: phase.phaseId,
    name: phase.name,
    milestones: [...(stored?.phases.find((p) => p.phaseId === phase.phaseId)?.milestones ?? [])],
  })),
});

/** The milestone with this id in the programme's current phases, with its phase. */
export const findMilestone = (
  view: ProgrammeMilestonesView,
  milestoneId: string,
): { phaseId: string; milestone: MilestoneDefinition } | null => {
  for (const phase of view.phases) {
    const milestone = phase.milestones.find((m) => m.milestoneId === milestoneId);
    if (milestone !== undefined) return { phaseId: phase.phaseId, milestone };
  }
  return null;
};

export async function milestonesOf(tx: ProfileTx, programmeId: string): Promise<ProgrammeMilestonesView> {
  const programme = await tx.programmes.get(programmeId);
  if (programme === null) throw programmeNotFound();
  return viewMilestones(programme, await tx.milestones.definitions.get(programmeId));
}

export function getProgrammeMilestones(
  ctx: ProfileContext,
  programmeId: string,
): Promise<ProgrammeMilestonesView> {
  return ctx.store.transaction((tx) => milestonesOf(tx, programmeId));
}

/**
 * A programme manager replaces one phase's milestones. Claims already made on a removed milestone
 * stay stored (they are history) but no longer show on the startup's page.
 */
export function setPhaseMilestones(
  ctx: ProfileContext,
  actor: ProgressActor,
  programmeId: string,
  phaseId: string,
  body: PhaseMilestonesBody,
): Promise<ProgrammeMilestonesView> {
  assertStaffRole(actor, 'programme-manager');
  return ctx.store.transaction(async (tx) => {
    const programme = await tx.programmes.get(programmeId);
    if (programme === null) throw programmeNotFound();
    if (!programme.phases.some((phase) => phase.phaseId === phaseId)) throw phaseNotFound();
    const stored = await tx.milestones.definitions.get(programmeId);
    const others = (stored?.phases ?? []).filter((phase) => phase.phaseId !== phaseId);
    const taken = new Set(others.flatMap((phase) => phase.milestones.map((m) => m.milestoneId)));
    const clash = body.milestones.findIndex((m) => taken.has(m.milestoneId));
    if (clash >= 0) throw milestoneIdTaken(`body.milestones.${clash}.milestoneId`);
    const now = ctx.clock.now();
    const saved = await tx.milestones.definitions.save({
      id: programmeId,
      version: stored?.version ?? 0,
      phases: [...others, { phaseId, milestones: body.milestones }],
      updatedAt: now.toISOString(),
    });
    const target = { type: 'programme', id: programmeId };
    const before = viewMilestones(programme, stored);
    const after = viewMilestones(programme, saved);
    await recordAction(tx, actor, { action: 'milestones.define', target, before, after }, now);
    return viewMilestones(programme, saved);
  });
}
