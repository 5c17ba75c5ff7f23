import { DECLINE_REASONS, languageSkillSchema, localizedTextSchema } from '@jisr/contracts';
import { z } from 'zod';
import { CLOSED_REASONS, INTRODUCTION_STATUSES } from '../../domain/introduction/introduction';
import { NOTIFICATION_KINDS } from '../../domain/notification/notification';

// What messaging answers with; the OpenAPI document and the component tests' response checks read these.
const count = z.number().int().min(0);
const when = z.string();
const party = z.enum(['startup', 'advisor']);
const nextCursor = z.string().nullable().describe('Pass as `cursor` for the next page; null on the last');

const participant = z.object({
  id: z.string().nullable(),
  name: localizedTextSchema.nullable(),
  deleted: z.boolean(),
});
const startupProfile = z.object({
  name: z.object({ latin: z.string(), ar: z.string().nullable() }),
  description: z.string().nullable(),
  sector: z.string(),
  stage: z.string(),
  city: z.string(),
  languages: z.array(languageSkillSchema),
  needs: z.array(z.object({ kind: z.string(), amountUsd: z.number().nullable() })),
  teamSize: z.number(),
  foundedYear: z.number(),
  timeZone: z.string(),
});

export const introductionSchema = z.object({
  id: z.string(),
  status: z.enum(INTRODUCTION_STATUSES),
  startup: participant.extend({ profile: startupProfile.optional().describe('Shown to the advisor only') }),
  advisor: participant,
  note: z.string(),
  score: z.number(),
  explanation: z.array(z.object({ criterion: z.string(), score: z.number(), text: localizedTextSchema })),
  programmeId: z.string().nullable(),
  requestedAt: when,
  receivedAt: when,
  deadlineAt: when.nullable(),
  answerDueAt: when.nullable().describe("While info is requested: when the startup's answer is due"),
  remainingMsWhilePaused: z.number().nullable(),
  info: z.array(
    z.object({
      question: z.string(),
      askedAt: when,
      answer: z.string().nullable(),
      answeredAt: when.nullable(),
    }),
  ),
  decidedAt: when.nullable(),
  decline: z.object({ reason: z.enum(DECLINE_REASONS), comment: z.string().nullable() }).nullable(),
  closedReason: z.enum(CLOSED_REASONS).nullable(),
  completion: z
    .object({ by: party, rating: z.number().int(), comment: z.string().nullable(), at: when })
    .nullable(),
  threadId: z.string().nullable(),
});
export const introductionPageSchema = z.object({ items: z.array(introductionSchema), nextCursor });

export const threadSchema = z.object({
  id: z.string(),
  introductionId: z.string(),
  status: z.enum(['open', 'closed']),
  openedAt: when,
  closedAt: when.nullable(),
  participants: z.object({ startup: participant, advisor: participant }),
  lastMessageAt: when.nullable().optional().describe('Parties only; the council sees existence and status'),
  messageCount: count.optional(),
  unreadCount: count.optional(),
});
export const threadPageSchema = z.object({ items: z.array(threadSchema), nextCursor });

export const messageSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  sender: z.object({
    role: party,
    id: z.string().nullable(),
    name: localizedTextSchema.nullable(),
    deleted: z.boolean(),
  }),
  body: z.string(),
  sentAt: when,
});
export const messagePageSchema = z.object({ items: z.array(messageSchema), nextCursor });
export const readMarkerSchema = z.object({ readUpTo: count, unreadCount: count });

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  introductionId: z.string().nullable(),
  threadId: z.string().nullable(),
  meetingId: z.string().nullable(),
  invite: z.string().nullable().describe('Path of the meeting’s iCalendar invite, when about a meeting'),
  params: z.record(z.string(), z.number()),
  text: localizedTextSchema,
  createdAt: when,
  readAt: when.nullable(),
});
export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  unreadCount: count,
  nextCursor,
});
export const markedSchema = z.object({ marked: count, unreadCount: count });

export const pauseSchema = z.object({
  advisorId: z.string(),
  pauseRequested: z.literal(true),
  released: z.array(z.string()),
});
export const resumeSchema = z.object({ advisorId: z.string(), resumeRequested: z.literal(true) });

export const notificationStreamSchema = z
  .string()
  .describe(
    'Server-Sent Events: `event: notification` with `data:` a notification as in GET /v1/notifications',
  );
