import { makeEvent, TOPICS, type EventPayload } from '@jisr/contracts';
import type { MessagingTx } from '../messaging-store.port';
import type { AdvisorActivity } from './advisor-activity';
import type { Introduction } from './introduction';

type IntroductionEventType =
  | 'introduction.accepted'
  | 'introduction.declined'
  | 'introduction.info-requested'
  | 'introduction.expired'
  | 'introduction.completed';

type Extra<T extends IntroductionEventType> = Omit<
  EventPayload<T>,
  'introductionId' | 'startupId' | 'advisorId'
>;

/**
 * Writes the event to the outbox and returns the item with its event version moved on: events
 * continue the introduction's sequence after the `requested` event matching published.
 */
export async function emitIntroductionEvent<T extends IntroductionEventType>(
  tx: MessagingTx,
  intro: Introduction,
  type: T,
  extra: Extra<T>,
  now: Date,
  correlationId?: string,
): Promise<Introduction> {
  const version = intro.eventVersion + 1;
  const payload = {
    introductionId: intro.id,
    startupId: intro.startupId,
    advisorId: intro.advisorId,
    ...extra,
  } as EventPayload<T>;
  const event = makeEvent(type, {
    aggregateId: intro.id,
    version,
    payload,
    occurredAt: now.toISOString(),
    ...(correlationId === undefined ? {} : { correlationId }),
  });
  await tx.outbox.append(TOPICS.introduction, [event]);
  return { ...intro, eventVersion: version };
}

type ActivityEventType = 'advisor.unresponsive' | 'advisor.paused' | 'advisor.resumed';

/** Writes an advisor-activity event (keyed by advisor) to the outbox; returns the activity with its version moved on. */
export async function emitActivityEvent<T extends ActivityEventType>(
  tx: MessagingTx,
  activity: AdvisorActivity,
  type: T,
  payload: EventPayload<T>,
  now: Date,
  correlationId?: string,
): Promise<AdvisorActivity> {
  const version = activity.eventVersion + 1;
  const event = makeEvent(type, {
    aggregateId: activity.id,
    version,
    payload,
    occurredAt: now.toISOString(),
    ...(correlationId === undefined ? {} : { correlationId }),
  });
  await tx.outbox.append(TOPICS.advisorActivity, [event]);
  return { ...activity, eventVersion: version };
}
