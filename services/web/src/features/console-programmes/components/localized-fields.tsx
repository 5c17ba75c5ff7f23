import { Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface LocalizedText {
  readonly ar: string;
  readonly tr: string;
  readonly en: string;
}

const ORDER = ['en', 'ar', 'tr'] as const;

/** One text in all three languages, each with its own label and direction (the council writes all three). */
export function LocalizedFields({
  label,
  value,
  onChange,
}: {
  readonly label: string;
  readonly value: LocalizedText;
  readonly onChange: (next: LocalizedText) => void;
}) {
  const { t } = useTranslation('console-programmes');
  return (
    <Group grow align="flex-start">
      {ORDER.map((language) => (
        <TextInput
          key={language}
          label={t('field.inLanguage', { label, language: t(`language.${language}`) })}
          dir={language === 'ar' ? 'rtl' : 'ltr'}
          lang={language}
          required
          value={value[language]}
          onChange={(event) => onChange({ ...value, [language]: event.currentTarget.value })}
        />
      ))}
    </Group>
  );
}
