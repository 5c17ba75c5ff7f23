import type { z } from 'zod';
import { TOPICS, type Topic } from '../topics';
import * as account from './account.events';
import * as advisor from './advisor.events';
import * as audit from './audit.events';
import * as introduction from './introduction.events';
import * as meeting from './meeting.events';
import * as programme from './programme.events';
import * as progress from './progress.events';
import * as staff from './staff.events';
import * as startup from './startup.events';

/** Every event type and the schema of its payload: the single source of each event's shape. */
export const EVENT_PAYLOADS = {
  'startup.upserted': startup.startupUpsertedPayloadSchema,
  'startup.verified': startup.startupVerifiedPayloadSchema,
  'startup.rejected': startup.startupRejectedPayloadSchema,
  'startup.deactivated': startup.startupDeactivatedPayloadSchema,
  'startup.erased': startup.startupErasedPayloadSchema,
  'advisor.upserted': advisor.advisorUpsertedPayloadSchema,
  'advisor.verified': advisor.advisorVerifiedPayloadSchema,
  'advisor.rejected': advisor.advisorRejectedPayloadSchema,
  'advisor.paused': advisor.advisorPausedPayloadSchema,
  'advisor.resumed': advisor.advisorResumedPayloadSchema,
  'advisor.deactivated': advisor.advisorDeactivatedPayloadSchema,
  'advisor.erased': advisor.advisorErasedPayloadSchema,
  'advisor.unresponsive': advisor.advisorUnresponsivePayloadSchema,
  'programme.upserted': programme.programmeUpsertedPayloadSchema,
  'programme.weights-changed': programme.programmeWeightsChangedPayloadSchema,
  'introduction.requested': introduction.introductionRequestedPayloadSchema,
  'introduction.withdrawn': introduction.introductionWithdrawnPayloadSchema,
  'introduction.accepted': introduction.introductionAcceptedPayloadSchema,
  'introduction.declined': introduction.introductionDeclinedPayloadSchema,
  'introduction.info-requested': introduction.introductionInfoRequestedPayloadSchema,
  'introduction.info-provided': introduction.introductionInfoProvidedPayloadSchema,
  'introduction.expired': introduction.introductionExpiredPayloadSchema,
  'introduction.completed': introduction.introductionCompletedPayloadSchema,
  'meeting.scheduled': meeting.meetingScheduledPayloadSchema,
  'meeting.rescheduled': meeting.meetingRescheduledPayloadSchema,
  'meeting.cancelled': meeting.meetingCancelledPayloadSchema,
  'meeting.held': meeting.meetingHeldPayloadSchema,
  'meeting.no-show': meeting.meetingNoShowPayloadSchema,
  'account.contact-changed': account.accountContactChangedPayloadSchema,
  'progress.registered': progress.progressRegisteredPayloadSchema,
  'progress.registration-cancelled': progress.progressRegistrationCancelledPayloadSchema,
  'progress.attended': progress.progressAttendedPayloadSchema,
  'progress.milestone-reached': progress.progressMilestoneReachedPayloadSchema,
  'progress.milestone-confirmed': progress.progressMilestoneConfirmedPayloadSchema,
  'progress.milestone-sent-back': progress.progressMilestoneSentBackPayloadSchema,
  'progress.outcome-reported': progress.progressOutcomeReportedPayloadSchema,
  'staff.created': staff.staffCreatedPayloadSchema,
  'staff.roles-changed': staff.staffRolesChangedPayloadSchema,
  'organisation.saved': staff.organisationSavedPayloadSchema,
  'audit.action-recorded': audit.auditActionRecordedPayloadSchema,
} as const satisfies Record<string, z.ZodType<Record<string, unknown>>>;

export type EventType = keyof typeof EVENT_PAYLOADS;
export type EventPayload<T extends EventType> = z.infer<(typeof EVENT_PAYLOADS)[T]>;
export const EVENT_TYPES = Object.keys(EVENT_PAYLOADS) as readonly EventType[];

/** The topic each event type is published on. `advisor.unresponsive` comes from messaging, not profile. */
export function topicOf(type: EventType): Topic {
  if (type === 'advisor.unresponsive') return TOPICS.advisorActivity;
  if (type.startsWith('startup.')) return TOPICS.startup;
  if (type.startsWith('advisor.')) return TOPICS.advisor;
  if (type.startsWith('programme.')) return TOPICS.programme;
  if (type.startsWith('meeting.')) return TOPICS.meeting;
  if (type.startsWith('account.')) return TOPICS.account;
  if (type.startsWith('progress.')) return TOPICS.progress;
  if (type.startsWith('staff.') || type.startsWith('organisation.')) return TOPICS.staff;
  if (type.startsWith('audit.')) return TOPICS.audit;
  return TOPICS.introduction;
}
