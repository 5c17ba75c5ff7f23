import type { LanguageSkill, LocalizedText } from '@jisr/contracts';

/** What an advisor needs to know about a startup, projected from `startup.upserted`. */
export interface StartupProfile {
  readonly name: { readonly latin: string; readonly ar: string | null };
  readonly description: string | null;
  readonly sector: string;
  readonly stage: string;
  readonly city: string;
  readonly languages: readonly LanguageSkill[];
  readonly needs: readonly { readonly kind: string; readonly amountUsd: number | null }[];
  readonly teamSize: number;
  readonly foundedYear: number;
  readonly timeZone: string;
}

export interface AdvisorProfile {
  readonly displayName: string;
  readonly organisation: string;
  readonly roles: readonly string[];
  readonly timeZone: string;
  /** Absent on records projected before meetings needed the advisor's language. */
  readonly languages?: readonly LanguageSkill[];
}

/**
 * A person as messaging knows them. After erasure `profile` is null and stays null: the record is
 * kept as a tombstone so that an older upsert arriving late cannot bring the data back.
 */
export interface Person<P> {
  readonly id: string;
  readonly profile: P | null;
  readonly erased: boolean;
  /** Version of the last profile event applied (events older than this are ignored). */
  readonly sourceVersion: number;
  readonly version: number;
}

export type StartupRecord = Person<StartupProfile>;
export interface AdvisorRecord extends Person<AdvisorProfile> {
  readonly paused: boolean;
}

export interface ProgrammeRecord {
  readonly id: string;
  readonly name: LocalizedText;
  readonly responseDeadlineDays: number;
  readonly sourceVersion: number;
  readonly version: number;
}

/** Applies a profile event only if it is newer than what we hold (topics keep per-key order, redelivery may not). */
export const isNewer = (record: { sourceVersion: number } | null, eventVersion: number): boolean =>
  record === null || eventVersion > record.sourceVersion;
