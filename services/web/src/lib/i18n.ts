import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { resources } from '../locales';
import type { Language } from './languages';

/** i18next with ICU messages (plurals, selects); every text of the app comes from src/locales. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(new ICU())
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: false,
      resources,
      ns: Object.keys(resources.en),
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      showSupportNotice: false,
    });
  return instance;
}
