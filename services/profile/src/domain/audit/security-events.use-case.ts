import type { ProfileContext } from '../profile-context';
import { recordAction } from './record-staff-action';

/** Whoever typed the attempts is not known; the record names the account they were aimed at. */
const ANONYMOUS = { accountId: 'anonymous', staffRoles: [] };
const HOUR_MS = 3_600_000;

/**
 * Sign-in attempts on one address went over the limit: recorded once per account and hour, so a
 * flood of refused attempts cannot flood the audit log too. An address with no account leaves no
 * record (there is nothing to name but the address, which the log never holds).
 */
export async function recordSignInThrottled(ctx: ProfileContext, emailKey: string): Promise<void> {
  const now = ctx.clock.now();
  await ctx.store.transaction(async (tx) => {
    const account = await tx.accounts.byEmailKey(emailKey);
    if (account === null) return;
    const recordId = `sign-in-throttled:${account.id}:${Math.floor(now.getTime() / HOUR_MS)}`;
    if (await tx.audit.has(recordId)) return;
    const target = { type: 'account', id: account.id };
    await recordAction(tx, ANONYMOUS, { action: 'account.sign-in-throttled', target }, now, recordId);
  });
}
