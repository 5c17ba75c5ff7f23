import type { Message } from '../../domain/conversation/thread';
import type { ThreadView } from '../../domain/conversation/conversation-queries.use-case';
import type { Party } from '../../domain/introduction/introduction';
import type { IntroductionView } from '../../domain/introduction/introduction-queries.use-case';
import type { Notification } from '../../domain/notification/notification';
import { notificationText } from '../../domain/notification/notification-texts';
import type { Participant } from '../../domain/people/participant';

/** What a party sees of an introduction. The remaining time is shown while the clock is stopped. */
export function presentIntroduction({ intro, startup, advisor, startupProfile }: IntroductionView) {
  const hasThread = intro.status === 'accepted' || intro.status === 'completed';
  return {
    id: intro.id,
    status: intro.status,
    startup: { ...startup, ...(startupProfile === null ? {} : { profile: startupProfile }) },
    advisor,
    note: intro.note,
    score: intro.score,
    explanation: intro.explanation,
    programmeId: intro.programmeId,
    requestedAt: intro.requestedAt,
    receivedAt: intro.receivedAt,
    deadlineAt: intro.deadlineAt,
    remainingMsWhilePaused: intro.pausedRemainingMs,
    answerDueAt: intro.answerDueAt ?? null,
    info: intro.info,
    decidedAt: intro.decidedAt,
    decline: intro.decline,
    closedReason: intro.closedReason,
    completion: intro.completion,
    threadId: hasThread ? intro.id : null,
  };
}

/** The council's view stops at existence and status; parties also see activity and their unread count. */
export function presentThread({ thread, participants, unreadCount }: ThreadView) {
  const base = {
    id: thread.id,
    introductionId: thread.id,
    status: thread.status,
    openedAt: thread.openedAt,
    closedAt: thread.closedAt,
    participants,
  };
  if (unreadCount === null) return base;
  return { ...base, lastMessageAt: thread.lastMessageAt, messageCount: thread.lastSeq, unreadCount };
}

export function presentMessage(message: Message, participants: Record<Party, Participant>) {
  const author = participants[message.senderRole];
  const deleted = message.senderId === null || author.deleted;
  return {
    id: message.id,
    seq: message.seq,
    sender: { role: message.senderRole, id: deleted ? null : message.senderId, name: author.name, deleted },
    body: message.body,
    sentAt: message.sentAt,
  };
}

export function presentNotification(n: Notification) {
  return {
    id: n.id,
    kind: n.kind,
    introductionId: n.introductionId,
    threadId: n.threadId,
    meetingId: n.meetingId,
    invite: n.meetingId === null ? null : `/v1/meetings/${n.meetingId}/invite.ics`,
    params: n.params,
    text: notificationText(n),
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}
