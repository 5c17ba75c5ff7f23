import { localeOf } from '../accounts/account-links';
import type { ProfileContext } from '../profile-context';
import type { StartupProfile } from '../startups/startup-profile';
import { dueQuarter } from './outcome-check-in.use-case';
import { checkInId } from './outcome';
import { outcomeReminderMail } from './outcome-reminder-mail';

async function startupsInProgrammes(ctx: ProfileContext): Promise<StartupProfile[]> {
  const found: StartupProfile[] = [];
  let after: string | null = null;
  do {
    const page = await ctx.store.transaction((tx) =>
      tx.startups.page({ deactivated: false }, { after, limit: 100 }),
    );
    found.push(...page.items.filter((startup) => startup.placement.programmeId !== null));
    after = page.next;
  } while (after !== null);
  return found;
}

/**
 * One pass of the reminder job: every startup in a programme whose last ended quarter has no
 * check-in gets one email about it. The reminder is recorded with the email in one transaction,
 * and the mail outbox's key is the reminder's, so no quarter is ever reminded twice — not by a
 * second pass, a restart or another instance. Returns how many reminders it sent.
 */
export async function remindMissingCheckIns(ctx: ProfileContext): Promise<number> {
  const now = ctx.clock.now();
  let sent = 0;
  for (const startup of await startupsInProgrammes(ctx)) {
    const quarter = dueQuarter(startup, now);
    if (quarter === null) continue;
    const id = checkInId(startup.id, quarter);
    const reminded = await ctx.store.transaction(async (tx) => {
      if ((await tx.outcomes.checkIns.get(id)) !== null || (await tx.outcomes.reminders.get(id)) !== null)
        return false;
      const account = await tx.accounts.get(startup.id);
      if (account === null || account.email === null || account.status !== 'active') return false;
      await tx.outcomes.reminders.save({
        id,
        version: 0,
        startupId: startup.id,
        quarter,
        sentAt: now.toISOString(),
      });
      const mail = outcomeReminderMail(account.email, localeOf(account, 'ar'), quarter, ctx.settings.webUrl);
      await tx.mail.enqueue(`outcome-reminder:${id}`, mail);
      return true;
    });
    if (reminded) sent += 1;
  }
  return sent;
}
