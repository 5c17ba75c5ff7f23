import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../lib/languages';

/** The reader's language as the vocabulary takes it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}
