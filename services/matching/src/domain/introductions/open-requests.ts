import { conflict } from '@jisr/errors';
import type { MatchingTx, OpenRequestsRecord } from '../matching-store.port';

export const REQUEST_ERRORS = {
  duplicate: 'MATCHING.DUPLICATE_REQUEST',
  tooMany: 'MATCHING.TOO_MANY_OPEN_REQUESTS',
} as const;

const emptySlots = (startupId: string): OpenRequestsRecord => ({ id: startupId, version: 0, open: [] });

/**
 * Takes an open-request slot for (startup, advisor) inside the caller's transaction. The slots live
 * in one document per startup, so concurrent requests of one startup collide on its version.
 */
export const takeOpenSlot = async (
  tx: MatchingTx,
  slot: { startupId: string; advisorId: string; introductionId: string },
  maxOpen: number,
): Promise<void> => {
  const current = (await tx.openRequests.get(slot.startupId)) ?? emptySlots(slot.startupId);
  if (current.open.some((entry) => entry.advisorId === slot.advisorId)) {
    throw conflict(REQUEST_ERRORS.duplicate, 'You already have an open request to this advisor.');
  }
  if (current.open.length >= maxOpen) {
    throw conflict(REQUEST_ERRORS.tooMany, `You can have at most ${maxOpen} open requests at a time.`);
  }
  const open = [...current.open, { introductionId: slot.introductionId, advisorId: slot.advisorId }];
  await tx.openRequests.save({ ...current, open });
};

/** Frees the slot of an introduction that stopped awaiting an answer; a no-op when it holds none. */
export const releaseOpenSlot = async (
  tx: MatchingTx,
  startupId: string,
  introductionId: string,
): Promise<void> => {
  const current = await tx.openRequests.get(startupId);
  if (current === null || !current.open.some((entry) => entry.introductionId === introductionId)) return;
  await tx.openRequests.save({
    ...current,
    open: current.open.filter((entry) => entry.introductionId !== introductionId),
  });
};
