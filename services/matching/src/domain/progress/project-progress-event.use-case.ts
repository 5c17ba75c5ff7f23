import type { MatchingContext } from '../matching-context';
import { applyProgressEvent, emptyProgress, progressId, type ProgressEvent } from './startup-progress';

const CONSUMER = 'matching.progress';

/**
 * Projects `programme.progress.v1` into one record per startup and programme. Idempotent twice over:
 * an event id is applied once, and applying an event again would change nothing. Progress of an
 * erased startup is dropped: its events travel on another topic than the erasure and may come later.
 */
export async function projectProgressEvent(
  { store, changes }: MatchingContext,
  event: ProgressEvent,
): Promise<'applied' | 'duplicate'> {
  const { programmeId, startupId } = event.payload;
  const applied = await store.once(CONSUMER, event, async (tx) => {
    if ((await tx.startups.get(startupId))?.erased === true) return;
    const current =
      (await tx.progress.get(progressId(programmeId, startupId))) ?? emptyProgress(programmeId, startupId);
    await tx.progress.save(applyProgressEvent(current, event));
  });
  // Nothing in the index moves; this drops the cached pipeline and report views.
  if (applied === 'applied') await changes.committed({});
  return applied;
}
