import arAccount from './ar/account.json';
import arAuth from './ar/auth.json';
import arCommon from './ar/common.json';
import arInbox from './ar/inbox.json';
import arMatches from './ar/matches.json';
import arMeetings from './ar/meetings.json';
import arNotificationSettings from './ar/notification-settings.json';
import enAccount from './en/account.json';
import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import enInbox from './en/inbox.json';
import enMatches from './en/matches.json';
import enMeetings from './en/meetings.json';
import enNotificationSettings from './en/notification-settings.json';
import trAccount from './tr/account.json';
import trAuth from './tr/auth.json';
import trCommon from './tr/common.json';
import trInbox from './tr/inbox.json';
import trMatches from './tr/matches.json';
import trMeetings from './tr/meetings.json';
import trNotificationSettings from './tr/notification-settings.json';

/** Every text of the app, per language and namespace; a key missing in one language fails a test. */
export const resources = {
  ar: {
    common: arCommon,
    auth: arAuth,
    account: arAccount,
    meetings: arMeetings,
    matches: arMatches,
    inbox: arInbox,
    'notification-settings': arNotificationSettings,
  },
  tr: {
    common: trCommon,
    auth: trAuth,
    account: trAccount,
    meetings: trMeetings,
    matches: trMatches,
    inbox: trInbox,
    'notification-settings': trNotificationSettings,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    account: enAccount,
    meetings: enMeetings,
    matches: enMatches,
    inbox: enInbox,
    'notification-settings': enNotificationSettings,
  },
} as const;
