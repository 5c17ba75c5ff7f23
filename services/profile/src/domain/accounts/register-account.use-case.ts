import { isAppError } from '@jisr/errors';
import { newId } from '../ids';
import type { ProfileContext } from '../profile-context';
import { emailTaken } from '../profile-errors';
import { emailKeyOf, viewAccount, type Account, type AccountRole, type AccountView } from './account';
import { hashPassword } from './password';

interface NewAccount {
  readonly email: string;
  readonly password: string;
  readonly role: AccountRole;
  readonly createdBy: Account['createdBy'];
}

/** Stores a new account; the unique email index, not a read-then-write, decides who registered first. */
async function createAccount(ctx: ProfileContext, input: NewAccount): Promise<AccountView> {
  const passwordHash = await hashPassword(input.password, ctx.settings.passwordCost);
  const now = ctx.clock.now().toISOString();
  const account: Account = {
    id: newId(ctx.clock.now()),
    version: 0,
    email: input.email.trim(),
    emailKey: emailKeyOf(input.email),
    role: input.role,
    passwordHash,
    status: 'active',
    createdBy: input.createdBy,
    createdAt: now,
    updatedAt: now,
    eventVersion: 0,
  };
  try {
    return viewAccount(await ctx.store.transaction((tx) => tx.accounts.save(account)));
  } catch (error) {
    if (isAppError(error) && error.code === 'STORAGE.DUPLICATE') throw emailTaken();
    throw error;
  }
}

/** Self-service sign-up: startups and advisors only (the schema refuses `council`). */
export const registerAccount = (
  ctx: ProfileContext,
  body: { email: string; password: string; role: 'startup' | 'advisor' },
): Promise<AccountView> => createAccount(ctx, { ...body, createdBy: 'self' });

/** A council member adds a colleague; the route is council-only. */
export const createCouncilAccount = (
  ctx: ProfileContext,
  body: { email: string; password: string },
): Promise<AccountView> => createAccount(ctx, { ...body, role: 'council', createdBy: 'council' });

/**
 * The first council account of an installation, from configuration. Runs at every start and does
 * nothing once any council account exists, so changing the configured password later has no effect.
 */
export async function bootstrapCouncil(
  ctx: ProfileContext,
  credentials: { email: string; password: string },
): Promise<AccountView | null> {
  const existing = await ctx.store.transaction((tx) => tx.accounts.countByRole('council'));
  if (existing > 0) return null;
  try {
    return await createAccount(ctx, { ...credentials, role: 'council', createdBy: 'bootstrap' });
  } catch (error) {
    // Another instance bootstrapped first with the same email.
    if (isAppError(error) && error.code === 'ACCOUNT.EMAIL_TAKEN') return null;
    throw error;
  }
}
