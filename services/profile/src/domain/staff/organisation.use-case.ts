import type { Actor } from '@jisr/auth';
import { TOPICS } from '@jisr/contracts';
import { recordAction } from '../audit/record-staff-action';
import { sequenceEvents } from '../event-sequence';
import type { ProfileContext, Trace } from '../profile-context';
import { assertStaffRole } from './staff-access';
import { viewOrganisation, type OrganisationInput, type OrganisationView } from './organisation';

/** Creates or renames a partner organisation (admin); `organisation.saved` tells the staff topic. */
export async function saveOrganisation(
  ctx: ProfileContext,
  actor: Actor,
  organisationId: string,
  input: OrganisationInput,
  trace: Trace,
): Promise<{ organisation: OrganisationView; created: boolean }> {
  assertStaffRole(actor, 'admin');
  return ctx.store.transaction(async (tx) => {
    const before = await tx.organisations.get(organisationId);
    const now = ctx.clock.now();
    const { envelopes, lastVersion } = sequenceEvents(
      organisationId,
      before?.eventVersion ?? 0,
      [{ type: 'organisation.saved', payload: { organisationId, ...input } }],
      now,
      trace,
    );
    await tx.outbox.append(TOPICS.staff, envelopes);
    const saved = await tx.organisations.save({
      id: organisationId,
      version: before?.version ?? 0,
      ...input,
      eventVersion: lastVersion,
      updatedAt: now.toISOString(),
    });
    const target = { type: 'organisation', id: organisationId };
    await recordAction(tx, actor, { action: 'organisation.save', target, before, after: saved }, now);
    return { organisation: viewOrganisation(saved), created: before === null };
  });
}

export async function listOrganisations(ctx: ProfileContext, actor: Actor): Promise<OrganisationView[]> {
  assertStaffRole(actor, 'admin');
  const all = await ctx.store.transaction((tx) => tx.organisations.all());
  return all.map(viewOrganisation).sort((a, b) => a.organisationId.localeCompare(b.organisationId));
}
