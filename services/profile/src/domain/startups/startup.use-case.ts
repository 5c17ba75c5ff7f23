import type { Actor } from '@jisr/auth';
import { visibleOrMissing } from '@jisr/errors';
import {
  changePersonProfile,
  personUseCases,
  savePersonProfile,
  type PersonKind,
} from '../people/person-profile.use-case';
import { checkPlacement, type PlacementBody } from '../programmes/placement';
import type { ProfileContext, Trace } from '../profile-context';
import { invalidField, profileNotFound } from '../profile-errors';
import { centreScopeOf } from '../staff/staff-access';
import type { Page, PageRequest, StartupFilter } from '../profile-store.port';
import { audited } from '../audit/audited-change';
import { assertCouncil } from '../people/access';
import {
  needsReverification,
  noPlacement,
  type StartupProfile,
  type StartupProfileInput,
} from './startup-profile';
import { startupUpserted, viewStartup, type StartupView } from './startup-view';

const startups: PersonKind<StartupProfile, StartupFilter, StartupView> = {
  kind: 'startup',
  profiles: (tx) => tx.startups,
  view: viewStartup,
  verified: (startupId) => ({ type: 'startup.verified', payload: { startupId } }),
  rejected: (startupId, reason) => ({ type: 'startup.rejected', payload: { startupId, reason } }),
  upserted: (profile) => ({ type: 'startup.upserted', payload: startupUpserted(profile) }),
};

/** Creates or replaces a startup's profile (owner or council) and publishes the new snapshot. */
export async function saveStartupProfile(
  ctx: ProfileContext,
  actor: Actor,
  startupId: string,
  input: StartupProfileInput,
  trace: Trace,
): Promise<{ profile: StartupView; created: boolean }> {
  const now = ctx.clock.now();
  if (input.foundedYear > now.getUTCFullYear())
    throw invalidField('body.foundedYear', 'must not be in the future');
  return savePersonProfile(startups, ctx, actor, startupId, trace, {
    needsReverification: (before) => needsReverification(before, input),
    build: (before, kept) => ({ ...input, ...kept, placement: before?.placement ?? noPlacement }),
  });
}

const shared = personUseCases(startups);
export const decideStartupVerification = shared.decideVerification;

/** Owner or staff; a centre-coordinator only for startups placed at a centre they serve. */
export async function getStartupProfile(
  ctx: ProfileContext,
  actor: Actor,
  startupId: string,
): Promise<StartupView> {
  const scope = centreScopeOf(actor);
  const view = await shared.get(ctx, actor, startupId);
  // A coordinator's scope is their centres: another centre's startup answers as a missing one.
  visibleOrMissing(scope === null || scope.includes(view.placement.centreId ?? ''), profileNotFound);
  return view;
}

/** The staff directory of startups; a centre-coordinator's lists only their centres' startups. */
export function listStartups(
  ctx: ProfileContext,
  actor: Actor,
  filter: StartupFilter,
  page: PageRequest,
): Promise<Page<StartupView>> {
  const scope = centreScopeOf(actor);
  if (scope === null) return shared.list(ctx, actor, filter, page);
  const centreIn = filter.centreId === undefined ? scope : scope.filter((id) => id === filter.centreId);
  return shared.list(ctx, actor, { ...filter, centreIn }, page);
}

/** The council attaches a startup to a centre, a programme and one of its cohorts. */
export function placeStartup(
  ctx: ProfileContext,
  actor: Actor,
  startupId: string,
  body: PlacementBody,
  trace: Trace,
): Promise<StartupView> {
  assertCouncil(actor);
  return changePersonProfile(
    startups,
    ctx,
    actor,
    startupId,
    trace,
    audited(actor, 'startup.placement-change', 'startup', async (before: StartupProfile, tx) => {
      const profile = { ...before, placement: await checkPlacement(tx, body) };
      return { profile, events: [startups.upserted(profile)] };
    }),
  );
}
