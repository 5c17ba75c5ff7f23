import { visibleText } from '@jisr/contracts';
import { decodeCursor, limitSchema } from '@jisr/http-kit';
import { z } from 'zod';
import { messageBodySchema } from '../../domain/conversation/thread';
import {
  DECLINE_REASONS,
  INTRODUCTION_STATUSES,
  OPEN_STATUSES,
} from '../../domain/introduction/introduction';

/** Ids are opaque, but bounded and URL-safe: anything else is a 400, never a lookup. */
export const idParams = z
  .object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'is not a valid id') })
  .strict();

/** Text a person writes to another (a question, an answer, a comment), trimmed as the events carry it. */
const text = (max: number) => visibleText({ kind: 'prose', max });

export const declineBody = z
  .object({ reason: z.enum(DECLINE_REASONS), comment: text(1000).optional() })
  .strict();
export const infoRequestBody = z.object({ question: text(1000) }).strict();
export const infoResponseBody = z.object({ answer: text(4000) }).strict();
export const completeBody = z
  .object({ rating: z.number().int().min(1).max(5), comment: text(1000).optional() })
  .strict();
export const pauseBody = z.object({ releaseOpenRequests: z.boolean().default(false) }).strict();
export const emptyBody = z.object({}).strict();
export const messageBody = z.object({ body: messageBodySchema }).strict();
export const readMarkerBody = z.object({ upToSeq: z.number().int().min(0) }).strict();
export const markNotificationsBody = z
  .object({ ids: z.array(z.string().min(1).max(100)).min(1).max(200).optional() })
  .strict();

const cursor = z.string().max(500).optional();

/** `?status=open` (requested + info-requested) or a comma list of statuses. */
const statusFilter = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    if (raw === undefined) return null;
    if (raw === 'open') return [...OPEN_STATUSES];
    const statuses = raw.split(',');
    const known = (s: string): s is (typeof INTRODUCTION_STATUSES)[number] =>
      (INTRODUCTION_STATUSES as readonly string[]).includes(s);
    if (statuses.every(known)) return statuses.filter(known);
    ctx.addIssue({
      code: 'custom',
      message: `must be "open" or a comma list of ${INTRODUCTION_STATUSES.join(', ')}`,
    });
    return z.NEVER;
  });

export const introductionListQuery = z
  .object({ status: statusFilter, cursor, limit: limitSchema(100) })
  .strict();
export const threadListQuery = z.object({ cursor, limit: limitSchema(100) }).strict();
export const messageListQuery = z.object({ cursor, limit: limitSchema(100, 50) }).strict();
export const notificationListQuery = z
  .object({
    unread: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    cursor,
    limit: limitSchema(100),
  })
  .strict();

/** Keyset cursors: the position after which the next page starts. */
const afterPosition = z.object({ after: z.string().min(1).max(300) }).strict();
const beforeSeqPosition = z.object({ beforeSeq: z.number().int().min(1) }).strict();

export const afterOf = (raw: string | undefined): string | null =>
  raw === undefined ? null : decodeCursor(raw, afterPosition).after;
export const beforeSeqOf = (raw: string | undefined): number | null =>
  raw === undefined ? null : decodeCursor(raw, beforeSeqPosition).beforeSeq;
