import { ActionIcon, Button, Fieldset, Group, NativeSelect, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROFICIENCIES, WORK_LANGUAGES, type LanguageSkill } from '../api/profile-choices';

interface LanguageSkillsProps {
  readonly legend: string;
  readonly value: readonly LanguageSkill[];
  readonly onChange: (skills: LanguageSkill[]) => void;
  /** The problem's message for a field path (`languages.0.code`). */
  readonly errorOf: (field: string) => string | undefined;
}

/** Languages with a level each, one row per language; rows are added and removed. */
export function LanguageSkills({ legend, value, onChange, errorOf }: LanguageSkillsProps) {
  const { t } = useTranslation('profiles');
  const change = (index: number, patch: Partial<LanguageSkill>) =>
    onChange(value.map((skill, at) => (at === index ? { ...skill, ...patch } : skill)));
  const unused = WORK_LANGUAGES.find((code) => !value.some((skill) => skill.code === code));
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        {errorOf('languages') !== undefined && (
          <div role="alert" style={{ color: 'var(--mantine-color-error)' }}>
            {errorOf('languages')}
          </div>
        )}
        {value.map((skill, index) => (
          <Group key={index} align="flex-end" wrap="wrap" gap="xs">
            <NativeSelect
              label={t('languageRow.language', { n: index + 1 })}
              data={WORK_LANGUAGES.map((code) => ({ value: code, label: t(`language.${code}`) }))}
              value={skill.code}
              onChange={(e) => change(index, { code: e.currentTarget.value })}
              error={errorOf(`languages.${index}.code`)}
              style={{ flex: '1 1 10rem' }}
            />
            <NativeSelect
              label={t('languageRow.level', { n: index + 1 })}
              data={PROFICIENCIES.map((level) => ({ value: level, label: t(`proficiency.${level}`) }))}
              value={skill.proficiency}
              onChange={(e) => {
                const level = e.currentTarget.value;
                change(index, { proficiency: PROFICIENCIES.find((known) => known === level) ?? 'basic' });
              }}
              error={errorOf(`languages.${index}.proficiency`)}
              style={{ flex: '1 1 10rem' }}
            />
            <ActionIcon
              variant="subtle"
              color="red.9"
              size="lg"
              aria-label={t('languageRow.remove', { n: index + 1 })}
              onClick={() => onChange(value.filter((_, at) => at !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="outline"
            size="xs"
            disabled={unused === undefined}
            onClick={() => onChange([...value, { code: unused ?? '', proficiency: 'conversational' }])}
          >
            {t('languageRow.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
