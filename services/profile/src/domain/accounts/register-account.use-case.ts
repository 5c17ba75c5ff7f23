import { isAppError } from '@jisr/errors';
import { newId } from '../ids';
import type { ProfileContext } from '../profile-context';
import { emailTaken } from '../profile-errors';
import {
  emailKeyOf,
  registrationReceipt,
  viewAccount,
  type Account,
  type AccountRole,
  type AccountView,
  type RegistrationReceipt,
} from './account';
import { passwordCostFor } from './demo-accounts';

interface NewAccount {
  readonly email: string;
  readonly password: string;
  readonly role: AccountRole;
  readonly createdBy: Account['createdBy'];
}

/** The bootstrap password is the operator's configuration; every other new password is judged. */
const hashFor = (ctx: ProfileContext, input: NewAccount): Promise<string> => {
  const cost = passwordCostFor(ctx.settings, input.email);
  return input.createdBy === 'bootstrap'
    ? ctx.passwords.hash(input.password, 'registration', cost)
    : ctx.passwords.hashNew(input.password, [input.email], cost);
};

/** Stores a new account; the unique email index, not a read-then-write, decides who registered first. */
async function createAccount(ctx: ProfileContext, input: NewAccount): Promise<AccountView> {
  const passwordHash = await hashFor(ctx, input);
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

/**
 * Self-service sign-up: startups and advisors only (the schema refuses `council`). A taken email gets
 * the same answer after the same hashing work as a new one, and no second account, so the answer
 * never tells anyone which emails have accounts.
 */
export async function registerAccount(
  ctx: ProfileContext,
  body: { email: string; password: string; role: 'startup' | 'advisor' },
): Promise<RegistrationReceipt> {
  try {
    await createAccount(ctx, { ...body, createdBy: 'self' });
  } catch (error) {
    if (!(isAppError(error) && error.code === 'ACCOUNT.EMAIL_TAKEN')) throw error;
  }
  return registrationReceipt(body.email);
}

/** A council member adds a colleague; the route is council-only, so a taken email may say so (409). */
export function createCouncilAccount(
  ctx: ProfileContext,
  body: { email: string; password: string },
): Promise<AccountView> {
  return createAccount(ctx, { ...body, role: 'council', createdBy: 'council' });
}

/**
 * The first council account of an installation, from configuration (the operator's choice, so the
 * strength estimator does not judge it). Runs at every start and does
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
