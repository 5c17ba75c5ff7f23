import { ConflictError } from '@jisr/errors';

const FORKED = 'AUDIT.CHAIN_FORKED';
const ATTEMPTS = 5;

/**
 * Another transaction appended after the head this one read (its sequence is taken, or the head
 * moved on). The whole transaction runs again, reading the new head; nothing of it was kept.
 */
export const chainForked = (cause: ConflictError): ConflictError =>
  new ConflictError(
    FORKED,
    'Another audit record took this place in the chain; try again.',
    cause.reason,
    cause,
  );

/** Runs a transaction again (a few times) when its audit append lost the race for the next sequence. */
export async function retryingForkedAppends<R>(transaction: () => Promise<R>): Promise<R> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await transaction();
    } catch (error) {
      if (!(error instanceof ConflictError && error.code === FORKED) || attempt >= ATTEMPTS) throw error;
    }
  }
}
