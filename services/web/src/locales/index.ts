import arAccount from './ar/account.json';
import arAuth from './ar/auth.json';
import arCommon from './ar/common.json';
import enAccount from './en/account.json';
import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import trAccount from './tr/account.json';
import trAuth from './tr/auth.json';
import trCommon from './tr/common.json';

/** Every text of the app, per language and namespace; a key missing in one language fails a test. */
export const resources = {
  ar: { common: arCommon, auth: arAuth, account: arAccount },
  tr: { common: trCommon, auth: trAuth, account: trAccount },
  en: { common: enCommon, auth: enAuth, account: enAccount },
} as const;
