/** One topic per event family, versioned in the name, keyed by aggregate id. */
export const TOPICS = {
  startup: 'profile.startup.v1',
  advisor: 'profile.advisor.v1',
  programme: 'profile.programme.v1',
  introduction: 'introduction.v1',
  advisorActivity: 'messaging.advisor-activity.v1',
  meeting: 'meeting.v1',
  /** Contact details for notification email; read by messaging only (see account.events.ts). */
  account: 'profile.account.v1',
  /** Training, milestones and outcomes of startups in a programme (progress.events.ts). */
  progress: 'programme.progress.v1',
  /** Staff accounts, their roles and partner organisations (staff.events.ts). */
  staff: 'profile.staff.v1',
  /** Staff actions of matching and messaging, appended by profile's audit log. */
  audit: 'audit.v1',
} as const;
export type Topic = (typeof TOPICS)[keyof typeof TOPICS];
