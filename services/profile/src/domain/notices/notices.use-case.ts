import type { Actor } from '@jisr/auth';
import { z } from 'zod';
import { recordAction } from '../audit/record-staff-action';
import { assertCouncil } from '../people/access';
import type { ProfileContext } from '../profile-context';
import { noticeNotFound } from '../profile-errors';
import type { Page, PageRequest } from '../profile-store.port';
import { NOTICE_KINDS, type CouncilNotice } from './notice';

export const noticeViewSchema = z.object({
  noticeId: z.string(),
  kind: z.enum(NOTICE_KINDS),
  advisorId: z.string(),
  introductionIds: z.array(z.string()),
  text: z.object({ ar: z.string(), tr: z.string(), en: z.string() }),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NoticeView = z.infer<typeof noticeViewSchema>;

const viewNotice = (notice: CouncilNotice): NoticeView => ({
  noticeId: notice.id,
  kind: notice.kind,
  advisorId: notice.advisorId,
  introductionIds: [...notice.introductionIds],
  text: notice.text,
  createdAt: notice.createdAt,
  readAt: notice.readAt,
});

export async function listNotices(
  ctx: ProfileContext,
  actor: Actor,
  unreadOnly: boolean,
  page: PageRequest,
): Promise<Page<NoticeView>> {
  assertCouncil(actor);
  const found = await ctx.store.transaction((tx) => tx.notices.page(unreadOnly, page));
  return { items: found.items.map(viewNotice), next: found.next };
}

/** Marks a notice read; marking it again keeps the first reader and time. */
export async function markNoticeRead(
  ctx: ProfileContext,
  actor: Actor,
  noticeId: string,
): Promise<NoticeView> {
  assertCouncil(actor);
  return ctx.store.transaction(async (tx) => {
    const notice = await tx.notices.get(noticeId);
    if (notice === null) throw noticeNotFound();
    if (notice.readAt !== null) return viewNotice(notice);
    const now = ctx.clock.now();
    const read = { ...notice, readAt: now.toISOString(), readBy: actor.sub };
    const target = { type: 'notice', id: noticeId };
    await recordAction(tx, actor, { action: 'notice.read', target, before: notice, after: read }, now);
    return viewNotice(await tx.notices.save(read));
  });
}
