import type { EventOf, KnownEvent } from '@jisr/contracts';

export type { EventOf };
export type StartupEvent = Extract<KnownEvent, { type: `startup.${string}` }>;
/** `advisor.unresponsive` is messaging's fact about activity, not a profile event. */
export type AdvisorEvent = Exclude<
  Extract<KnownEvent, { type: `advisor.${string}` }>,
  { type: 'advisor.unresponsive' }
>;
export type ProgrammeEvent = Extract<KnownEvent, { type: `programme.${string}` }>;
export type IntroductionEvent = Extract<KnownEvent, { type: `introduction.${string}` }>;

export type StartupProfile = EventOf<'startup.upserted'>['payload'];
export type AdvisorProfile = EventOf<'advisor.upserted'>['payload'];
export type Verification = StartupProfile['verification'];
export type MatchWeights = EventOf<'programme.weights-changed'>['payload']['weights'];
export type PauseReason = EventOf<'advisor.paused'>['payload']['reason'];

/**
 * The aggregate version that last wrote each group of fields. A group takes an event only when the
 * event is newer than the group, so the record ends the same whatever order events arrive in.
 */
export interface FieldVersions {
  readonly profile: number;
  readonly verification: number;
  readonly deactivated: number;
}

interface ProfileRecordBase {
  readonly id: string;
  /** Storage version for optimistic concurrency; 0 before the first write. */
  readonly version: number;
  readonly verification: Verification;
  /** When the winning verification event said `verified`; null otherwise. */
  readonly verifiedAt: string | null;
  readonly deactivated: boolean;
  /** Erasure is final: the record keeps only its id so that older events cannot bring data back. */
  readonly erased: boolean;
  /** Earliest `occurredAt` of any upsert: when the profile entered the programme. */
  readonly registeredAt: string | null;
}

export interface StartupRecord extends ProfileRecordBase {
  readonly profile: StartupProfile | null;
  readonly versions: FieldVersions;
}

export interface AdvisorRecord extends ProfileRecordBase {
  readonly profile: AdvisorProfile | null;
  readonly paused: boolean;
  readonly pauseReason: PauseReason | null;
  readonly versions: FieldVersions & { readonly paused: number };
}

export interface ProgrammeRecord {
  readonly id: string;
  readonly version: number;
  readonly details: EventOf<'programme.upserted'>['payload'] | null;
  readonly weights: MatchWeights | null;
  readonly versions: { readonly details: number; readonly weights: number };
}

/** A startup that may be matched: profiled, verified, active. */
export const isMatchableStartup = (
  record: StartupRecord,
): record is StartupRecord & { profile: StartupProfile } =>
  record.profile !== null && record.verification === 'verified' && !record.deactivated && !record.erased;

/** An advisor that may be shown: profiled, verified, active and not paused. */
export const isMatchableAdvisor = (
  record: AdvisorRecord,
): record is AdvisorRecord & { profile: AdvisorProfile } =>
  record.profile !== null &&
  record.verification === 'verified' &&
  !record.deactivated &&
  !record.erased &&
  !record.paused;
