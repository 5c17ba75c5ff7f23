import { visibleTextProblem } from '@jisr/contracts';
import { AppError } from '@jisr/errors';
import { z } from 'zod';
import type { Party } from '../introduction/introduction';

export const MESSAGE_MAX_CHARS = 4000;

/**
 * A message body: counted in Unicode code points (an emoji is one character, as users count),
 * never trimmed, so right-to-left text and its direction marks stay as typed; NFC-normalised and
 * checked by the platform's one free-text rule, like every text people see.
 */
export const messageBodySchema = z
  .string()
  .transform((body) => body.normalize('NFC'))
  .pipe(
    z
      .string()
      .refine((body) => body.trim().length > 0, { message: 'A message cannot be empty.' })
      .refine((body) => [...body].length <= MESSAGE_MAX_CHARS, {
        message: `A message has at most ${MESSAGE_MAX_CHARS} characters.`,
      })
      .superRefine((body, ctx) => {
        const problem = visibleTextProblem(body, 'prose');
        if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, input: body });
      }),
  );

/** A conversation between the two parties of an accepted introduction; its id is the introduction's. */
export interface Thread {
  readonly id: string;
  readonly startupId: string;
  readonly advisorId: string;
  readonly status: 'open' | 'closed';
  readonly openedAt: string;
  readonly closedAt: string | null;
  /** Sequence number of the newest message (0 when empty); messages are numbered 1, 2, 3 … */
  readonly lastSeq: number;
  readonly lastMessageAt: string | null;
  /** Each party has read everything up to and including this sequence number. */
  readonly readUpTo: Readonly<Record<Party, number>>;
  /** Parties the profile service erased: shown as "deleted user". */
  readonly erased: Readonly<Record<Party, boolean>>;
  readonly version: number;
}

export interface Message {
  readonly id: string;
  readonly threadId: string;
  readonly seq: number;
  readonly senderRole: Party;
  /** Null once the sender was erased. */
  readonly senderId: string | null;
  readonly body: string;
  readonly sentAt: string;
}

export function openThread(
  introduction: { id: string; startupId: string; advisorId: string },
  now: Date,
): Thread {
  return {
    id: introduction.id,
    startupId: introduction.startupId,
    advisorId: introduction.advisorId,
    status: 'open',
    openedAt: now.toISOString(),
    closedAt: null,
    lastSeq: 0,
    lastMessageAt: null,
    readUpTo: { startup: 0, advisor: 0 },
    erased: { startup: false, advisor: false },
    version: 0,
  };
}

export function threadPartyOf(thread: Thread, accountId: string): Party | null {
  if (thread.startupId === accountId && !thread.erased.startup) return 'startup';
  if (thread.advisorId === accountId && !thread.erased.advisor) return 'advisor';
  return null;
}

/** Appends a message: the sender has, by writing it, read everything before it. */
export function appendMessage(
  thread: Thread,
  sender: Party,
  senderId: string,
  body: string,
  id: string,
  now: Date,
) {
  if (thread.status !== 'open') {
    throw new AppError('THREAD.CLOSED', 'The conversation is closed; no new messages can be sent.', {
      status: 409,
    });
  }
  const seq = thread.lastSeq + 1;
  const message: Message = {
    id,
    threadId: thread.id,
    seq,
    senderRole: sender,
    senderId,
    body,
    sentAt: now.toISOString(),
  };
  const updated: Thread = {
    ...thread,
    lastSeq: seq,
    lastMessageAt: message.sentAt,
    readUpTo: { ...thread.readUpTo, [sender]: seq },
  };
  return { thread: updated, message };
}

/** Moves a read marker forward only; a marker past the newest message stops at it. */
export function markRead(thread: Thread, party: Party, upToSeq: number): Thread {
  const next = Math.min(Math.max(thread.readUpTo[party], upToSeq), thread.lastSeq);
  return next === thread.readUpTo[party]
    ? thread
    : { ...thread, readUpTo: { ...thread.readUpTo, [party]: next } };
}

export const unreadCount = (thread: Thread, party: Party): number => thread.lastSeq - thread.readUpTo[party];

export function closeThread(thread: Thread, now: Date): Thread {
  return thread.status === 'closed' ? thread : { ...thread, status: 'closed', closedAt: now.toISOString() };
}

export const otherParty = (party: Party): Party => (party === 'startup' ? 'advisor' : 'startup');
