import { knownEventOrNull, TOPICS, type KnownEvent } from '@jisr/contracts';
import type { EventBus, Subscription } from '@jisr/event-bus';
import type { MessagingContext } from '../../domain/messaging-context';
import type { MessagingTx } from '../../domain/messaging-store.port';
import { projectContact } from '../../domain/mail/project-contact.use-case';
import { erasePerson } from '../../domain/people/erase-person.use-case';
import {
  projectAdvisor,
  projectAdvisorPause,
  projectProgramme,
  projectStartup,
} from '../../domain/people/project-profile.use-case';

const CONSUMER = 'messaging.profiles';

/** The work for the profile events messaging keeps; `null` for those it has no use for. */
function workFor(ctx: MessagingContext, event: KnownEvent): ((tx: MessagingTx) => Promise<void>) | null {
  switch (event.type) {
    case 'startup.upserted':
      return (tx) => projectStartup(tx, event);
    case 'startup.erased':
      return (tx) => erasePerson(tx, 'startup', event.payload.startupId, event.version, ctx.clock.now());
    case 'advisor.upserted':
      return (tx) => projectAdvisor(tx, event);
    case 'advisor.paused':
    case 'advisor.resumed':
      return (tx) => projectAdvisorPause(tx, event);
    case 'advisor.erased':
      return (tx) => erasePerson(tx, 'advisor', event.payload.advisorId, event.version, ctx.clock.now());
    case 'programme.upserted':
      return (tx) => projectProgramme(tx, event);
    case 'account.contact-changed':
      return (tx) => projectContact(tx, event);
    default:
      return null;
  }
}

/** Names and summaries shown next to requests, pause state, per-programme deadlines, where email goes, and erasure. */
export function subscribeToProfiles(bus: EventBus, ctx: MessagingContext): Promise<Subscription> {
  return bus.subscribe({
    groupId: CONSUMER,
    topics: [TOPICS.startup, TOPICS.advisor, TOPICS.programme, TOPICS.account],
    handler: async (envelope) => {
      const event = knownEventOrNull(envelope);
      const work = event === null ? null : workFor(ctx, event);
      if (event !== null && work !== null) await ctx.store.once(CONSUMER, event, work);
    },
  });
}
