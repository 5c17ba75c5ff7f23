import type {
  AdvisorEvent,
  AdvisorRecord,
  FieldVersions,
  ProgrammeEvent,
  ProgrammeRecord,
  StartupEvent,
  StartupRecord,
  Verification,
} from './profile-records';

// Pure reducers from profile events to read-model records. Each returns the next record, or null
// when the event changes nothing (a repeat, an older version, or anything after erasure).

type Base = StartupRecord | AdvisorRecord;
type Versions = FieldVersions;

const emptyVersions: Versions = { profile: 0, verification: 0, deactivated: 0 };

export const emptyStartup = (id: string): StartupRecord => ({
  id,
  version: 0,
  profile: null,
  verification: 'pending',
  verifiedAt: null,
  deactivated: false,
  erased: false,
  registeredAt: null,
  versions: emptyVersions,
});

export const emptyAdvisor = (id: string): AdvisorRecord => ({
  ...emptyStartup(id),
  profile: null,
  paused: false,
  pauseReason: null,
  versions: { ...emptyVersions, paused: 0 },
});

export const emptyProgramme = (id: string): ProgrammeRecord => ({
  id,
  version: 0,
  details: null,
  weights: null,
  versions: { details: 0, weights: 0 },
});

const earlier = (a: string | null, b: string): string => (a === null || b < a ? b : a);

const withVerification = <R extends Base>(record: R, value: Verification, version: number, at: string): R =>
  version <= record.versions.verification
    ? record
    : {
        ...record,
        verification: value,
        verifiedAt: value === 'verified' ? at : null,
        versions: { ...record.versions, verification: version },
      };

const withDeactivation = <R extends Base>(record: R, version: number): R =>
  version <= record.versions.deactivated
    ? record
    : { ...record, deactivated: true, versions: { ...record.versions, deactivated: version } };

const withProfile = <R extends Base>(
  record: R,
  profile: NonNullable<R['profile']>,
  version: number,
  at: string,
): R => {
  const registeredAt = earlier(record.registeredAt, at);
  if (version <= record.versions.profile) {
    return registeredAt === record.registeredAt ? record : { ...record, registeredAt };
  }
  return { ...record, profile, registeredAt, versions: { ...record.versions, profile: version } };
};

const erase = <R extends Base>(record: R): R => ({
  ...record,
  profile: null,
  registeredAt: null,
  verifiedAt: null,
  erased: true,
});

const changedOrNull = <R>(before: R, after: R): R | null => (after === before ? null : after);

export const applyStartupEvent = (
  current: StartupRecord | null,
  event: StartupEvent,
): StartupRecord | null => {
  const record = current ?? emptyStartup(event.aggregateId);
  if (record.erased) return null;
  const { version, occurredAt } = event;
  switch (event.type) {
    case 'startup.upserted': {
      const next = withProfile(record, event.payload, version, occurredAt);
      return changedOrNull(record, withVerification(next, event.payload.verification, version, occurredAt));
    }
    case 'startup.verified':
      return changedOrNull(record, withVerification(record, 'verified', version, occurredAt));
    case 'startup.rejected':
      return changedOrNull(record, withVerification(record, 'rejected', version, occurredAt));
    case 'startup.deactivated':
      return changedOrNull(record, withDeactivation(record, version));
    case 'startup.erased':
      return erase(record);
  }
};

const withPause = (
  record: AdvisorRecord,
  paused: boolean,
  reason: AdvisorRecord['pauseReason'],
  version: number,
) =>
  version <= record.versions.paused
    ? record
    : {
        ...record,
        paused,
        pauseReason: paused ? reason : null,
        versions: { ...record.versions, paused: version },
      };

export const applyAdvisorEvent = (
  current: AdvisorRecord | null,
  event: AdvisorEvent,
): AdvisorRecord | null => {
  const record = current ?? emptyAdvisor(event.aggregateId);
  if (record.erased) return null;
  const { version, occurredAt } = event;
  switch (event.type) {
    case 'advisor.upserted': {
      const profiled = withProfile(record, event.payload, version, occurredAt);
      const verified = withVerification(profiled, event.payload.verification, version, occurredAt);
      // A snapshot says whether, not why: the reason stays unknown (null) when the snapshot wins.
      return changedOrNull(record, withPause(verified, event.payload.paused, null, version));
    }
    case 'advisor.verified':
      return changedOrNull(record, withVerification(record, 'verified', version, occurredAt));
    case 'advisor.rejected':
      return changedOrNull(record, withVerification(record, 'rejected', version, occurredAt));
    case 'advisor.paused':
      return changedOrNull(record, withPause(record, true, event.payload.reason, version));
    case 'advisor.resumed':
      return changedOrNull(record, withPause(record, false, null, version));
    case 'advisor.deactivated':
      return changedOrNull(record, withDeactivation(record, version));
    case 'advisor.erased':
      return erase(record);
  }
};

export const applyProgrammeEvent = (
  current: ProgrammeRecord | null,
  event: ProgrammeEvent,
): ProgrammeRecord | null => {
  const record = current ?? emptyProgramme(event.aggregateId);
  switch (event.type) {
    case 'programme.upserted':
      return event.version <= record.versions.details
        ? null
        : { ...record, details: event.payload, versions: { ...record.versions, details: event.version } };
    case 'programme.weights-changed':
      return event.version <= record.versions.weights
        ? null
        : {
            ...record,
            weights: event.payload.weights,
            versions: { ...record.versions, weights: event.version },
          };
  }
};
