import arAccount from './ar/account.json';
import arAuth from './ar/auth.json';
import arCommon from './ar/common.json';
import arMeetings from './ar/meetings.json';
import enAccount from './en/account.json';
import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import enMeetings from './en/meetings.json';
import trAccount from './tr/account.json';
import trAuth from './tr/auth.json';
import trCommon from './tr/common.json';
import trMeetings from './tr/meetings.json';

/** Every text of the app, per language and namespace; a key missing in one language fails a test. */
export const resources = {
  ar: { common: arCommon, auth: arAuth, account: arAccount, meetings: arMeetings },
  tr: { common: trCommon, auth: trAuth, account: trAccount, meetings: trMeetings },
  en: { common: enCommon, auth: enAuth, account: enAccount, meetings: enMeetings },
} as const;
