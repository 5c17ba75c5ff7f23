import type { EventOf } from '@jisr/contracts';
import type { MessagingContext } from '../messaging-context';
import type { MessagingTx } from '../messaging-store.port';
import { notify } from '../notification/notify';
import { close, isOpen, receiveIntroduction } from './introduction';

type Requested = EventOf<'introduction.requested'>;
type Withdrawn = EventOf<'introduction.withdrawn'>;

/**
 * A request from matching becomes an item in the advisor's inbox. The deadline is the programme's
 * when it sets one. A second event for the same introduction (a re-publish with a new event id)
 * changes nothing.
 */
export async function receiveIntroductionRequest(
  ctx: MessagingContext,
  tx: MessagingTx,
  event: Requested,
): Promise<void> {
  const p = event.payload;
  if ((await tx.introductions.get(p.introductionId)) !== null) return;
  const programme = p.programmeId === undefined ? null : await tx.programmes.get(p.programmeId);
  const now = ctx.clock.now();
  const intro = receiveIntroduction(
    {
      id: p.introductionId,
      startupId: p.startupId,
      advisorId: p.advisorId,
      programmeId: p.programmeId ?? null,
      note: p.note,
      score: p.score,
      explanation: p.explanation,
      requestedAt: p.requestedAt,
      eventVersion: event.version,
    },
    now,
    programme?.responseDeadlineDays ?? ctx.defaultDeadlineDays,
  );
  await tx.introductions.save(intro);
  await notify(tx, now, {
    userId: p.advisorId,
    kind: 'introduction.received',
    introductionId: p.introductionId,
  });
}

/** The startup withdrew: an open item leaves the inbox; a decided one stays as it is. */
export async function withdrawIntroduction(
  ctx: MessagingContext,
  tx: MessagingTx,
  event: Withdrawn,
): Promise<void> {
  const intro = await tx.introductions.get(event.payload.introductionId);
  if (intro === null || !isOpen(intro)) return;
  const now = ctx.clock.now();
  const closed = close(intro, now, 'withdrawn-by-startup');
  await tx.introductions.save({ ...closed, eventVersion: Math.max(closed.eventVersion, event.version) });
  await notify(tx, now, {
    userId: intro.advisorId,
    kind: 'introduction.withdrawn',
    introductionId: intro.id,
  });
}
