import arAccount from './ar/account.json';
import arApprovals from './ar/approvals.json';
import arStaff from './ar/staff.json';
import arAudit from './ar/audit.json';
import arAccountEmail from './ar/account-email.json';
import arAuth from './ar/auth.json';
import arBestStartups from './ar/best-startups.json';
import arCommon from './ar/common.json';
import arConsole from './ar/console.json';
import arConsoleProgrammes from './ar/console-programmes.json';
import arConsoleRounds from './ar/console-rounds.json';
import arInbox from './ar/inbox.json';
import arMatches from './ar/matches.json';
import arMeetingControls from './ar/meeting-controls.json';
import arMeetings from './ar/meetings.json';
import arNotificationSettings from './ar/notification-settings.json';
import arNotifications from './ar/notifications.json';
import arThreads from './ar/threads.json';
import arProfiles from './ar/profiles.json';
import arPipeline from './ar/pipeline.json';
import arMilestones from './ar/milestones.json';
import arOutcomes from './ar/outcomes.json';
import arTraining from './ar/training.json';
import arImpactReports from './ar/impact-reports.json';
import enAccount from './en/account.json';
import enApprovals from './en/approvals.json';
import enStaff from './en/staff.json';
import enAudit from './en/audit.json';
import enAccountEmail from './en/account-email.json';
import enAuth from './en/auth.json';
import enBestStartups from './en/best-startups.json';
import enCommon from './en/common.json';
import enConsole from './en/console.json';
import enConsoleProgrammes from './en/console-programmes.json';
import enConsoleRounds from './en/console-rounds.json';
import enInbox from './en/inbox.json';
import enMatches from './en/matches.json';
import enMeetingControls from './en/meeting-controls.json';
import enMeetings from './en/meetings.json';
import enNotificationSettings from './en/notification-settings.json';
import enNotifications from './en/notifications.json';
import enThreads from './en/threads.json';
import enProfiles from './en/profiles.json';
import enPipeline from './en/pipeline.json';
import enMilestones from './en/milestones.json';
import enOutcomes from './en/outcomes.json';
import enTraining from './en/training.json';
import enImpactReports from './en/impact-reports.json';
import trAccount from './tr/account.json';
import trApprovals from './tr/approvals.json';
import trStaff from './tr/staff.json';
import trAudit from './tr/audit.json';
import trAccountEmail from './tr/account-email.json';
import trAuth from './tr/auth.json';
import trBestStartups from './tr/best-startups.json';
import trCommon from './tr/common.json';
import trConsole from './tr/console.json';
import trConsoleProgrammes from './tr/console-programmes.json';
import trConsoleRounds from './tr/console-rounds.json';
import trInbox from './tr/inbox.json';
import trMatches from './tr/matches.json';
import trMeetingControls from './tr/meeting-controls.json';
import trMeetings from './tr/meetings.json';
import trNotificationSettings from './tr/notification-settings.json';
import trNotifications from './tr/notifications.json';
import trThreads from './tr/threads.json';
import trProfiles from './tr/profiles.json';
import trPipeline from './tr/pipeline.json';
import trMilestones from './tr/milestones.json';
import trOutcomes from './tr/outcomes.json';
import trTraining from './tr/training.json';
import trImpactReports from './tr/impact-reports.json';

/** Every text of the app, per language and namespace; a key missing in one language fails a test. */
export const resources = {
  ar: {
    common: arCommon,
    auth: arAuth,
    account: arAccount,
    'account-email': arAccountEmail,
    meetings: arMeetings,
    matches: arMatches,
    inbox: arInbox,
    'notification-settings': arNotificationSettings,
    threads: arThreads,
    notifications: arNotifications,
    meetingControls: arMeetingControls,
    profiles: arProfiles,
    console: arConsole,
    pipeline: arPipeline,
    training: arTraining,
    'impact-reports': arImpactReports,
    'console-programmes': arConsoleProgrammes,
    'console-rounds': arConsoleRounds,
    bestStartups: arBestStartups,
    milestones: arMilestones,
    outcomes: arOutcomes,
    approvals: arApprovals,
    staff: arStaff,
    audit: arAudit,
  },
  tr: {
    common: trCommon,
    auth: trAuth,
    account: trAccount,
    'account-email': trAccountEmail,
    meetings: trMeetings,
    matches: trMatches,
    inbox: trInbox,
    'notification-settings': trNotificationSettings,
    threads: trThreads,
    notifications: trNotifications,
    meetingControls: trMeetingControls,
    profiles: trProfiles,
    console: trConsole,
    pipeline: trPipeline,
    training: trTraining,
    'impact-reports': trImpactReports,
    'console-programmes': trConsoleProgrammes,
    'console-rounds': trConsoleRounds,
    bestStartups: trBestStartups,
    milestones: trMilestones,
    outcomes: trOutcomes,
    approvals: trApprovals,
    staff: trStaff,
    audit: trAudit,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    account: enAccount,
    'account-email': enAccountEmail,
    meetings: enMeetings,
    matches: enMatches,
    inbox: enInbox,
    'notification-settings': enNotificationSettings,
    threads: enThreads,
    notifications: enNotifications,
    meetingControls: enMeetingControls,
    profiles: enProfiles,
    console: enConsole,
    pipeline: enPipeline,
    training: enTraining,
    'impact-reports': enImpactReports,
    'console-programmes': enConsoleProgrammes,
    'console-rounds': enConsoleRounds,
    bestStartups: enBestStartups,
    milestones: enMilestones,
    outcomes: enOutcomes,
    approvals: enApprovals,
    staff: enStaff,
    audit: enAudit,
  },
} as const;
