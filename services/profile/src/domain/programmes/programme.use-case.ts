import type { Actor } from '@jisr/auth';
import { DEFAULT_MATCH_WEIGHTS, TOPICS } from '@jisr/contracts';
import { AppError } from '@jisr/errors';
import { sequenceEvents } from '../event-sequence';
import { newId } from '../ids';
import { recordAction } from '../audit/record-staff-action';
import { assertCouncil } from '../people/access';
import type { ProfileContext, Trace } from '../profile-context';
import { programmeNotFound } from '../profile-errors';
import type { Page, PageRequest, ProfileTx } from '../profile-store.port';
import { unknownCentresIn, type MatchWeights, type Programme, type ProgrammeInput } from './programme';
import { programmeUpserted, viewProgramme, weightsChanged, type ProgrammeView } from './programme-view';

type ProgrammeEvent = 'programme.upserted' | 'programme.weights-changed';

/** Saves the programme with its event sequence moved on and its events in the outbox. */
async function saveWithEvents(
  tx: ProfileTx,
  programme: Programme,
  types: readonly ProgrammeEvent[],
  now: Date,
  trace: Trace,
): Promise<Programme> {
  const drafts = types.map((type) =>
    type === 'programme.upserted'
      ? { type, payload: programmeUpserted(programme) }
      : { type, payload: weightsChanged(programme) },
  );
  const { envelopes, lastVersion } = sequenceEvents(programme.id, programme.eventVersion, drafts, now, trace);
  await tx.outbox.append(TOPICS.programme, envelopes);
  return tx.programmes.save({ ...programme, eventVersion: lastVersion });
}

async function checkCentres(tx: ProfileTx, input: ProgrammeInput): Promise<void> {
  const known = new Set((await tx.centres.all()).map((centre) => centre.id));
  const unknown = unknownCentresIn(input, known);
  if (unknown.length > 0) {
    const errors = unknown.map((path) => ({ path, code: 'unknown_reference', message: 'No such centre.' }));
    throw new AppError('REQUEST.UNKNOWN_REFERENCE', 'A training session names an unknown centre.', {
      status: 422,
      errors,
    });
  }
}

/** The council changes an existing programme: `change` builds the new one, `types` say what is published. */
async function changeProgramme(
  ctx: ProfileContext,
  actor: Actor,
  programmeId: string,
  trace: Trace,
  types: readonly ProgrammeEvent[],
  change: (before: Programme, tx: ProfileTx, now: Date) => Promise<Programme>,
): Promise<ProgrammeView> {
  assertCouncil(actor);
  const now = ctx.clock.now();
  const action = types.includes('programme.upserted') ? 'programme.update' : 'programme.weights-change';
  return ctx.store.transaction(async (tx) => {
    const before = await tx.programmes.get(programmeId);
    if (before === null) throw programmeNotFound();
    const after = await change(before, tx, now);
    await recordAction(
      tx,
      actor,
      { action, target: { type: 'programme', id: programmeId }, before, after },
      now,
    );
    return viewProgramme(await saveWithEvents(tx, after, types, now, trace));
  });
}

/** A new programme starts with the default matching weights; both facts are published. */
export async function createProgramme(
  ctx: ProfileContext,
  actor: Actor,
  input: ProgrammeInput,
  trace: Trace,
): Promise<ProgrammeView> {
  assertCouncil(actor);
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    await checkCentres(tx, input);
    const at = now.toISOString();
    const programme: Programme = {
      ...input,
      id: newId(now),
      version: 0,
      weights: { ...DEFAULT_MATCH_WEIGHTS },
      eventVersion: 0,
      createdAt: at,
      updatedAt: at,
    };
    const target = { type: 'programme', id: programme.id };
    await recordAction(tx, actor, { action: 'programme.create', target, after: programme }, now);
    return viewProgramme(
      await saveWithEvents(tx, programme, ['programme.upserted', 'programme.weights-changed'], now, trace),
    );
  });
}

export function replaceProgramme(
  ctx: ProfileContext,
  actor: Actor,
  programmeId: string,
  input: ProgrammeInput,
  trace: Trace,
): Promise<ProgrammeView> {
  return changeProgramme(ctx, actor, programmeId, trace, ['programme.upserted'], async (before, tx, now) => {
    await checkCentres(tx, input);
    const { id, version, weights, eventVersion, createdAt } = before;
    return { ...input, id, version, weights, eventVersion, createdAt, updatedAt: now.toISOString() };
  });
}

/** The council tunes how this programme's matches are scored; matching learns it from the event. */
export function setProgrammeWeights(
  ctx: ProfileContext,
  actor: Actor,
  programmeId: string,
  weights: MatchWeights,
  trace: Trace,
): Promise<ProgrammeView> {
  return changeProgramme(
    ctx,
    actor,
    programmeId,
    trace,
    ['programme.weights-changed'],
    async (before, _tx, now) => ({
      ...before,
      weights: { ...weights },
      updatedAt: now.toISOString(),
    }),
  );
}

/** Programmes are public to every signed-in user: startups follow the timeline and training. */
export async function getProgramme(ctx: ProfileContext, programmeId: string): Promise<ProgrammeView> {
  const programme = await ctx.store.transaction((tx) => tx.programmes.get(programmeId));
  if (programme === null) throw programmeNotFound();
  return viewProgramme(programme);
}

export async function listProgrammes(ctx: ProfileContext, page: PageRequest): Promise<Page<ProgrammeView>> {
  const found = await ctx.store.transaction((tx) => tx.programmes.page(page));
  return { items: found.items.map(viewProgramme), next: found.next };
}
