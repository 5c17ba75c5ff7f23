import {
  INTRODUCTION_STATES,
  isOpenIntroduction,
  matchCriterionSchema,
  nextIntroductionVersion,
  OPEN_INTRODUCTION_STATES,
  type IntroductionState,
  type LocalizedText,
  type MatchCriterion,
} from '@jisr/contracts';
import type { EventOf, IntroductionEvent } from '../read-model/profile-records';
import { CRITERIA } from '../scoring/scoring-types';
import type { MeetingMark } from './meeting-mark';

export { INTRODUCTION_STATES, type IntroductionState };

/** Awaiting the advisor's answer: these count towards a startup's open-request limit. */
export const OPEN_STATES: readonly IntroductionState[] = OPEN_INTRODUCTION_STATES;
export const isOpen = isOpenIntroduction;

/**
 * One criterion of a fit as matching shows it: `score` is the criterion's own fit (0..100),
 * `contribution` its points in the total (contributions sum to the total), `text` its sentence.
 */
export interface ExplanationLine {
  readonly criterion: string;
  readonly score: number;
  readonly weight: number;
  readonly contribution: number;
  readonly text: LocalizedText;
}

type EventExplanation = EventOf<'introduction.requested'>['payload']['explanation'][number];

/** Scoring's criteria as the contract's: fails to compile if scoring explains one the event lacks. */
const EVENT_CRITERIA: readonly MatchCriterion[] = CRITERIA;

/** Anything scoring never produced goes to the contract's schema, which throws rather than drop a line. */
const toEventCriterion = (criterion: string): MatchCriterion =>
  EVENT_CRITERIA.find((known) => known === criterion) ?? matchCriterionSchema.parse(criterion);

/** Every line of the fit, the place bonus included, in the event's strict shape. */
export const toEventExplanation = (lines: readonly ExplanationLine[]): EventExplanation[] =>
  lines.map(({ criterion, score, text }) => ({ criterion: toEventCriterion(criterion), score, text }));

export type DeclineReason = EventOf<'introduction.declined'>['payload']['reason'];
export type ExpiryReason = NonNullable<EventOf<'introduction.expired'>['payload']['reason']>;

export interface IntroductionRecord {
  readonly id: string;
  /** Storage version for optimistic concurrency; 0 before the first write. */
  readonly version: number;
  readonly startupId: string;
  readonly advisorId: string;
  readonly note: string;
  readonly programmeId: string | null;
  readonly roundId: string | null;
  readonly score: number;
  readonly explanation: readonly ExplanationLine[];
  readonly state: IntroductionState;
  readonly requestedAt: string;
  readonly infoRequestedAt: string | null;
  readonly acceptedAt: string | null;
  readonly closedAt: string | null;
  readonly declineReason: DeclineReason | null;
  readonly withdrawReason: string | null;
  /** Why messaging ended it unanswered; absent on records and events from before reasons existed. */
  readonly expiryReason?: ExpiryReason | null;
  readonly rating: number | null;
  /** The highest version published or seen on this introduction's key; matching's next event follows it. */
  readonly eventVersion: number;
  /** Messaging's meetings of this introduction (absent on records from before meetings). */
  readonly meetings?: readonly MeetingMark[];
}

/** What differs from one new request to the next; every other field starts the same. */
export type RequestedFields = Pick<
  IntroductionRecord,
  | 'id'
  | 'startupId'
  | 'advisorId'
  | 'note'
  | 'programmeId'
  | 'roundId'
  | 'score'
  | 'explanation'
  | 'requestedAt'
>;

/** A `requested` introduction not yet stored (storage version 0) whose first event is event version 1. */
export const newRequestedIntroduction = (fields: RequestedFields): IntroductionRecord => ({
  ...fields,
  version: 0,
  state: 'requested',
  infoRequestedAt: null,
  acceptedAt: null,
  closedAt: null,
  declineReason: null,
  withdrawReason: null,
  expiryReason: null,
  rating: null,
  eventVersion: 1,
});

type Transition = (record: IntroductionRecord, event: IntroductionEvent) => IntroductionRecord | null;

const fromOpen =
  (
    next: (record: IntroductionRecord, at: string, event: IntroductionEvent) => IntroductionRecord,
  ): Transition =>
  (record, event) =>
    isOpen(record.state) ? next(record, event.occurredAt, event) : null;

const transitions: Partial<Record<IntroductionEvent['type'], Transition>> = {
  'introduction.info-requested': (record, event) =>
    record.state === 'requested'
      ? { ...record, state: 'info-requested', infoRequestedAt: event.occurredAt }
      : null,
  'introduction.accepted': fromOpen((record, at) => ({ ...record, state: 'accepted', acceptedAt: at })),
  'introduction.declined': fromOpen((record, at, event) => ({
    ...record,
    state: 'declined',
    closedAt: at,
    declineReason: event.type === 'introduction.declined' ? event.payload.reason : null,
  })),
  // The startup answered the advisor's question: the request awaits the advisor again.
  'introduction.info-provided': (record) =>
    record.state === 'info-requested' ? { ...record, state: 'requested' } : null,
  'introduction.expired': fromOpen((record, at, event) => ({
    ...record,
    state: 'expired',
    closedAt: at,
    expiryReason: event.type === 'introduction.expired' ? (event.payload.reason ?? null) : null,
  })),
  // Completion normally follows acceptance; from an open state it means the acceptance never reached us.
  'introduction.completed': (record, event) =>
    record.state === 'accepted' || isOpen(record.state)
      ? {
          ...record,
          state: 'completed',
          closedAt: event.occurredAt,
          rating: event.type === 'introduction.completed' ? event.payload.rating : null,
        }
      : null,
};

/**
 * Moves an introduction by one of messaging's lifecycle events. Returns null when the event does not
 * apply to the current state (a repeat, or a race such as an acceptance after a withdrawal).
 * `requested` and `withdrawn` are matching's own facts and were applied when they were written.
 */
export const applyIntroductionEvent = (
  record: IntroductionRecord,
  event: IntroductionEvent,
): IntroductionRecord | null => {
  const next = transitions[event.type]?.(record, event) ?? null;
  if (next === null)
    return event.version > record.eventVersion ? { ...record, eventVersion: event.version } : null;
  return { ...next, eventVersion: Math.max(record.eventVersion, event.version) };
};

export const withdraw = (record: IntroductionRecord, reason: string, at: Date): IntroductionRecord => ({
  ...record,
  state: 'withdrawn',
  closedAt: at.toISOString(),
  withdrawReason: reason,
  // Matching's lane of the key's versions: never one messaging may take for a racing answer.
  eventVersion: nextIntroductionVersion(record.eventVersion, 'matching'),
});

/** An advisor's load: introductions they accepted that have not ended. */
export const countsTowardsLoad = (state: IntroductionState): boolean => state === 'accepted';
