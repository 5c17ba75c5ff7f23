import type { Actor } from '@jisr/auth';
import { TOPICS } from '@jisr/contracts';
import type { Account } from '../accounts/account';
import { createAccount } from '../accounts/register-account.use-case';
import { recordAction } from '../audit/record-staff-action';
import { sequenceEvents } from '../event-sequence';
import type { ProfileContext, Trace } from '../profile-context';
import type { ProfileTx } from '../profile-store.port';
import { unknownReference } from '../profile-errors';
import { lastAdmin, staffNotFound } from './staff-errors';
import { staffRolesOf } from './staff-claims';
import { assertStaffRole } from './staff-access';
import { viewStaff, type StaffCreateBody, type StaffRolesBody, type StaffView } from './staff-member';

async function checkReferences(
  tx: ProfileTx,
  organisationId: string | undefined,
  centreIds: readonly string[],
): Promise<void> {
  if (organisationId !== undefined && (await tx.organisations.get(organisationId)) === null)
    throw unknownReference('body.organisationId', 'No such organisation.');
  const known = new Set((await tx.centres.all()).map((centre) => centre.id));
  const unknown = centreIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw unknownReference(`body.centreIds.${unknown}`, 'No such centre.');
}

/** An admin adds a member of staff to any partner organisation, with roles and centres. */
export async function createStaff(
  ctx: ProfileContext,
  actor: Actor,
  body: StaffCreateBody,
  trace: Trace,
): Promise<StaffView> {
  assertStaffRole(actor, 'admin');
  const centreIds = body.centreIds ?? [];
  await ctx.store.transaction((tx) => checkReferences(tx, body.organisationId, centreIds));
  const view = await createAccount(ctx, {
    email: body.email,
    password: body.password,
    role: 'council',
    createdBy: 'council',
    staff: {
      staffRoles: body.staffRoles,
      organisationId: body.organisationId,
      centreIds,
      staffEventVersion: 1,
    },
    also: async (tx, account) => {
      const { envelopes } = sequenceEvents(
        account.id,
        0,
        [
          {
            type: 'staff.created',
            payload: {
              accountId: account.id,
              organisationId: body.organisationId,
              staffRoles: [...body.staffRoles],
              centreIds,
              by: actor.sub,
            },
          },
        ],
        ctx.clock.now(),
        trace,
      );
      await tx.outbox.append(TOPICS.staff, envelopes);
      const target = { type: 'account', id: account.id };
      await recordAction(tx, actor, { action: 'staff.create', target, after: account }, ctx.clock.now());
    },
  });
  const stored = await ctx.store.transaction((tx) => tx.accounts.get(view.accountId));
  if (stored === null) throw staffNotFound();
  return viewStaff(stored);
}

const isStaff = (account: Account | null): account is Account =>
  account !== null && account.role === 'council' && account.status !== 'erased';

/**
 * Replaces a staff member's roles (and centres). Their tokens carry roles, so the change takes
 * effect at their next token refresh (at most the access-token lifetime). The last active admin
 * cannot lose the role, so an installation always has someone who can manage staff.
 */
export async function changeStaffRoles(
  ctx: ProfileContext,
  actor: Actor,
  accountId: string,
  body: StaffRolesBody,
  trace: Trace,
): Promise<StaffView> {
  assertStaffRole(actor, 'admin');
  return ctx.store.transaction(async (tx) => {
    const account = await tx.accounts.get(accountId);
    if (!isStaff(account)) throw staffNotFound();
    const centreIds = body.centreIds ?? [];
    await checkReferences(tx, undefined, centreIds);
    const previousRoles = staffRolesOf(account);
    if (previousRoles.includes('admin') && !body.staffRoles.includes('admin')) {
      const admins = (await tx.accounts.byRole('council')).filter(
        (other) => other.status === 'active' && staffRolesOf(other).includes('admin'),
      );
      if (admins.every((admin) => admin.id === account.id)) throw lastAdmin();
    }
    const { envelopes, lastVersion } = sequenceEvents(
      account.id,
      account.staffEventVersion ?? 0,
      [
        {
          type: 'staff.roles-changed',
          payload: {
            accountId: account.id,
            organisationId: account.organisationId ?? null,
            staffRoles: [...body.staffRoles],
            previousRoles: [...previousRoles],
            centreIds,
            by: actor.sub,
          },
        },
      ],
      ctx.clock.now(),
      trace,
    );
    await tx.outbox.append(TOPICS.staff, envelopes);
    const saved = await tx.accounts.save({
      ...account,
      staffRoles: body.staffRoles,
      centreIds,
      staffEventVersion: lastVersion,
      updatedAt: ctx.clock.now().toISOString(),
    });
    const target = { type: 'account', id: account.id };
    const change = { action: 'staff.roles-change' as const, target, before: account, after: saved };
    await recordAction(tx, actor, change, ctx.clock.now());
    return viewStaff(saved);
  });
}

/** Every member of staff, any organisation, oldest first (erased accounts are gone). */
export async function listStaff(ctx: ProfileContext, actor: Actor): Promise<StaffView[]> {
  assertStaffRole(actor, 'admin');
  const staff = await ctx.store.transaction((tx) => tx.accounts.byRole('council'));
  return staff.filter(isStaff).map(viewStaff);
}
