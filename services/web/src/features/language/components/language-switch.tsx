import { SegmentedControl, useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  applyLanguage,
  directionOf,
  isLanguage,
  keepLanguage,
  LANGUAGE_NAMES,
  LANGUAGES,
} from '../../../lib/languages';

/** ar / tr / en, each named in itself; the choice is kept and turns the page's direction. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { setDirection } = useDirection();
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      value={i18n.language}
      data={LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }))}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        keepLanguage(value);
        applyLanguage(value);
        setDirection(directionOf(value));
        void i18n.changeLanguage(value);
      }}
    />
  );
}
