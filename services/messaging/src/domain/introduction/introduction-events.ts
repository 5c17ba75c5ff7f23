import {
  makeEvent,
  nextIntroductionVersion,
  TOPICS,
  type EventPayload,
  type EventType,
} from '@jisr/contracts';
import type { MessagingTx } from '../messaging-store.port';
import type { AdvisorActivity } from './advisor-activity';
import type { Introduction } from './introduction';

type IntroductionEventType =
  | 'introduction.accepted'
  | 'introduction.declined'
  | 'introduction.info-requested'
  | 'introduction.info-provided'
  | 'introduction.expired'
  | 'introduction.completed';

type ActivityEventType = 'advisor.unresponsive' | 'advisor.paused' | 'advisor.resumed';

type Extra<T extends IntroductionEventType> = Omit<
  EventPayload<T>,
  'introductionId' | 'startupId' | 'advisorId'
>;

/** An aggregate that numbers the events it publishes on its key. */
interface Sequenced {
  readonly id: string;
  readonly eventVersion: number;
}

/** Writes the next event of `aggregate` to the outbox; returns the aggregate with its event version moved on. */
async function emit<A extends Sequenced, T extends EventType>(
  tx: MessagingTx,
  topic: string,
  aggregate: A,
  type: T,
  payload: EventPayload<T>,
  now: Date,
  correlationId: string | undefined,
  nextVersion: (lastSeen: number) => number = (lastSeen) => lastSeen + 1,
): Promise<A> {
  const version = nextVersion(aggregate.eventVersion);
  const event = makeEvent(type, {
    aggregateId: aggregate.id,
    version,
    payload,
    occurredAt: now,
    correlationId,
  });
  await tx.outbox.append(topic, [event]);
  return { ...aggregate, eventVersion: version };
}

/** Introduction events take messaging's lane of the key's versions, so they never collide with matching's. */
export function emitIntroductionEvent<T extends IntroductionEventType>(
  tx: MessagingTx,
  intro: Introduction,
  type: T,
  extra: Extra<T>,
  now: Date,
  correlationId?: string,
): Promise<Introduction> {
  const ids = { introductionId: intro.id, startupId: intro.startupId, advisorId: intro.advisorId };
  const payload = { ...ids, ...extra } as EventPayload<T>;
  return emit(tx, TOPICS.introduction, intro, type, payload, now, correlationId, (lastSeen) =>
    nextIntroductionVersion(lastSeen, 'messaging'),
  );
}

/** Advisor-activity events are keyed by advisor on messaging's own topic. */
export function emitActivityEvent<T extends ActivityEventType>(
  tx: MessagingTx,
  activity: AdvisorActivity,
  type: T,
  payload: EventPayload<T>,
  now: Date,
  correlationId?: string,
): Promise<AdvisorActivity> {
  return emit(tx, TOPICS.advisorActivity, activity, type, payload, now, correlationId);
}
