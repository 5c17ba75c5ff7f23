import { sectionOf } from '@jisr/contracts';
import type {
  AdvisorProfile,
  AdvisorProfileInput,
  MaterialFields,
  PendingAdvisorChange,
} from './advisor-profile';

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item) => b.includes(item));

const sectionsOf = (sectors: AdvisorProfileInput['sectors']): string[] => [
  ...new Set(sectors.map((division) => sectionOf(division))),
];

/**
 * A change the council must see: another name or organisation, roles or offers added or dropped,
 * another ticket range, or sectors reaching an ISIC section not held before.
 */
export function isMaterialChange(before: MaterialFields, input: MaterialFields): boolean {
  const newSections = sectionsOf(input.sectors).filter(
    (section) => !sectionsOf(before.sectors).includes(section),
  );
  return (
    before.displayName !== input.displayName ||
    before.organisation !== input.organisation ||
    !sameSet(before.roles, input.roles) ||
    !sameSet(before.offers, input.offers) ||
    before.ticket?.minUsd !== input.ticket?.minUsd ||
    before.ticket?.maxUsd !== input.ticket?.maxUsd ||
    newSections.length > 0
  );
}

const materialOf = ({
  displayName,
  organisation,
  roles,
  offers,
  ticket,
  sectors,
}: MaterialFields): MaterialFields => ({
  displayName,
  organisation,
  roles,
  offers,
  ...(ticket === undefined ? {} : { ticket }),
  sectors,
});

/** The input with the verified material fields kept live and the new ones held for the council. */
export const holdMaterialChange = (
  before: AdvisorProfile,
  input: AdvisorProfileInput,
  now: Date,
): { live: AdvisorProfileInput; pendingChange: PendingAdvisorChange } => {
  const { ticket: _ticket, ...rest } = input;
  return {
    live: { ...rest, ...materialOf(before) },
    pendingChange: { ...materialOf(input), submittedAt: now.toISOString() },
  };
};

/** The council approved: the held fields become the profile. */
export const applyPendingChange = (profile: AdvisorProfile): AdvisorProfile => {
  if (profile.pendingChange === null || profile.pendingChange === undefined) return profile;
  const { submittedAt: _submittedAt, ...fields } = profile.pendingChange;
  const { ticket: _ticket, ...rest } = profile;
  return { ...rest, ...materialOf(fields), pendingChange: null };
};
