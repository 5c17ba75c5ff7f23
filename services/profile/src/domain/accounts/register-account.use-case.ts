import { BOOTSTRAP_STAFF_ROLES } from '@jisr/auth';
import type { Locale } from '@jisr/contracts';
import { isAppError } from '@jisr/errors';
import { newId } from '../ids';
import type { ProfileContext } from '../profile-context';
import type { ProfileTx } from '../profile-store.port';
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
import { localeOf, sendLink, sendNotice } from './account-links';
import { passwordCostFor } from './demo-accounts';

interface NewAccount {
  readonly email: string;
  readonly password: string;
  readonly role: AccountRole;
  readonly createdBy: Account['createdBy'];
  readonly locale?: Locale;
  /** A staff account's roles, organisation and centres. */
  readonly staff?: Pick<Account, 'staffRoles' | 'organisationId' | 'centreIds' | 'staffEventVersion'>;
  /** More work in the account's own transaction (the verification email). */
  readonly also?: (tx: ProfileTx, account: Account) => Promise<void>;
}

/** The bootstrap password is the operator's configuration; every other new password is judged. */
const hashFor = (ctx: ProfileContext, input: NewAccount): Promise<string> => {
  const cost = passwordCostFor(ctx.settings, input.email);
  return input.createdBy === 'bootstrap'
    ? ctx.passwords.hash(input.password, 'registration', cost)
    : ctx.passwords.hashNew(input.password, [input.email], cost);
};

/** Stores a new account; the unique email index, not a read-then-write, decides who registered first. */
export async function createAccount(ctx: ProfileContext, input: NewAccount): Promise<AccountView> {
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
    // Staff-made accounts were vouched for by the council; people who sign up prove their address.
    emailVerifiedAt: input.createdBy === 'self' ? null : now,
    ...(input.locale === undefined ? {} : { locale: input.locale }),
    ...input.staff,
  };
  try {
    const saved = await ctx.store.transaction(async (tx) => {
      const stored = await tx.accounts.save(account);
      await input.also?.(tx, stored);
      return stored;
    });
    return viewAccount(saved);
  } catch (error) {
    if (isAppError(error) && error.code === 'STORAGE.DUPLICATE') throw emailTaken();
    throw error;
  }
}

/**
 * Self-service sign-up: startups and advisors only (the schema refuses `council`). A new address
 * gets the account and a verification link; a taken one gets no second account, and its owner an
 * email that someone tried. Both answer the same after the same hashing work and one email, so
 * the answer never tells anyone which emails have accounts.
 */
export async function registerAccount(
  ctx: ProfileContext,
  body: { email: string; password: string; role: 'startup' | 'advisor' },
  locale: Locale,
): Promise<RegistrationReceipt> {
  const attempt = newId(ctx.clock.now());
  try {
    await createAccount(ctx, {
      ...body,
      createdBy: 'self',
      locale,
      also: (tx, account) =>
        sendLink(ctx, tx, {
          account,
          purpose: 'verify-email',
          kind: 'verify',
          to: account.email ?? '',
          locale,
        }),
    });
  } catch (error) {
    if (!(isAppError(error) && error.code === 'ACCOUNT.EMAIL_TAKEN')) throw error;
    await ctx.store.transaction(async (tx) => {
      const owner = await tx.accounts.byEmailKey(emailKeyOf(body.email));
      if (owner === null || owner.email === null || owner.status !== 'active') return;
      await sendNotice(ctx, tx, {
        cause: attempt,
        kind: 'alreadyRegistered',
        to: owner.email,
        locale: localeOf(owner, locale),
      });
    });
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
    return await createAccount(ctx, {
      ...credentials,
      role: 'council',
      createdBy: 'bootstrap',
      staff: { staffRoles: BOOTSTRAP_STAFF_ROLES },
    });
  } catch (error) {
    // Another instance bootstrapped first with the same email.
    if (isAppError(error) && error.code === 'ACCOUNT.EMAIL_TAKEN') return null;
    throw error;
  }
}
