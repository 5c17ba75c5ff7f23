import { notFound, visibleOrMissing } from '@jisr/errors';
import type { MessagingTx } from '../messaging-store.port';
import { newAdvisorActivity, type AdvisorActivity } from './advisor-activity';
import { partyOf, type Introduction, type Party } from './introduction';

/**
 * Loads an introduction for one of its parties. Anyone else — including the other party when
 * `as` is given — is told it does not exist, so ids cannot be probed.
 */
export async function introductionFor(
  tx: MessagingTx,
  introductionId: string,
  accountId: string,
  as?: Party,
): Promise<{ intro: Introduction; party: Party }> {
  const intro = await tx.introductions.get(introductionId);
  const party = intro === null ? null : partyOf(intro, accountId);
  visibleOrMissing(intro !== null && party !== null && (as === undefined || party === as), () =>
    notFound('INTRODUCTION.NOT_FOUND', 'No such introduction.'),
  );
  return { intro, party };
}

export async function activityOf(tx: MessagingTx, advisorId: string): Promise<AdvisorActivity> {
  return (await tx.advisorActivity.get(advisorId)) ?? newAdvisorActivity(advisorId);
}

/** Saves only when something changed, so an untouched record costs no write and no version race. */
export async function saveActivity(
  tx: MessagingTx,
  before: AdvisorActivity,
  after: AdvisorActivity,
): Promise<void> {
  if (after !== before) await tx.advisorActivity.save(after);
}
