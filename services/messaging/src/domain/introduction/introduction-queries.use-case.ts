import type { Actor } from '@jisr/auth';
import { forbidden } from '@jisr/errors';
import type { MessagingContext } from '../messaging-context';
import type { MessagingTx, Page, PageRequest } from '../messaging-store.port';
import type { StartupProfile } from '../people/people';
import { participantsOf, type Participant } from '../people/participant';
import type { Introduction, IntroductionStatus } from './introduction';
import { introductionFor } from './introduction-access';

/** An introduction as one of its parties sees it; the advisor also gets the startup's summary. */
export interface IntroductionView {
  readonly intro: Introduction;
  readonly startup: Participant;
  readonly advisor: Participant;
  readonly startupProfile: StartupProfile | null;
}

async function viewOf(tx: MessagingTx, intro: Introduction, actor: Actor): Promise<IntroductionView> {
  const participants = await participantsOf(tx, intro);
  const startupProfile =
    actor.role === 'advisor' ? ((await tx.startups.get(intro.startupId))?.profile ?? null) : null;
  return { intro, ...participants, startupProfile };
}

/** The advisor's inbox, or the startup's own requests. The council follows the pipeline in matching. */
export function listIntroductions(
  ctx: MessagingContext,
  actor: Actor,
  statuses: readonly IntroductionStatus[] | null,
  page: PageRequest,
): Promise<Page<IntroductionView>> {
  const party = actor.role;
  if (party === 'council') {
    return Promise.reject(
      forbidden('INTRODUCTION.PARTIES_ONLY', 'Only the parties list their introductions here.'),
    );
  }
  return ctx.store.transaction(async (tx) => {
    const found = await tx.introductions.page({ party, accountId: actor.sub, statuses }, page);
    return {
      items: await Promise.all(found.items.map((intro) => viewOf(tx, intro, actor))),
      next: found.next,
    };
  });
}

export function getIntroduction(
  ctx: MessagingContext,
  actor: Actor,
  introductionId: string,
): Promise<IntroductionView> {
  return ctx.store.transaction(async (tx) => {
    const { intro } = await introductionFor(tx, introductionId, actor.sub);
    return viewOf(tx, intro, actor);
  });
}
