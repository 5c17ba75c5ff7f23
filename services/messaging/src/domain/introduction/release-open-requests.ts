import type { MessagingTx } from '../messaging-store.port';
import { notify } from '../notification/notify';
import { close, type ClosedReason } from './introduction';
import { emitIntroductionEvent } from './introduction-events';

/**
 * Frees every open request of an advisor who will not answer, so each startup can ask someone
 * else. Each goes out as `introduction.expired` — to matching the request simply ended unanswered —
 * and the startup is told why in its own notification.
 */
export async function releaseOpenRequests(
  tx: MessagingTx,
  advisorId: string,
  now: Date,
  reason: Extract<ClosedReason, 'advisor-unresponsive' | 'advisor-paused'>,
  correlationId?: string,
): Promise<string[]> {
  const released: string[] = [];
  for (const intro of await tx.introductions.openOf(advisorId)) {
    const closed = close(intro, now, reason);
    await tx.introductions.save(
      await emitIntroductionEvent(tx, closed, 'introduction.expired', { reason }, now, correlationId),
    );
    await notify(tx, now, {
      userId: intro.startupId,
      kind: 'introduction.released',
      introductionId: intro.id,
    });
    released.push(intro.id);
  }
  return released;
}
