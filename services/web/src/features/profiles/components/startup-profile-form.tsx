import {
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CITIES, NEEDS, numberOrEmpty, STAGES, TIME_ZONES } from '../api/profile-choices';
import type { StartupInput, StartupView } from '../api/profiles';
import { LanguageSkills } from './language-skills';
import { SectorPicker } from './sector-picker';
import { fieldMessages } from './field-errors';
import { SaveOutcome, useDraft, type ProfileFormProps } from './profile-form-kit';

type Draft = Omit<
  StartupInput,
  'name' | 'description' | 'website' | 'needs' | 'sector' | 'stage' | 'city' | 'teamSize' | 'foundedYear'
> & {
  nameLatin: string;
  nameAr: string;
  pitch: string;
  website: string;
  sector: string | null;
  stage: string;
  city: string;
  teamSize: number | string;
  foundedYear: number | string;
  needs: string[];
  amount: number | string;
};

const draftOf = (profile: StartupView | null): Draft => ({
  nameLatin: profile?.name.latin ?? '',
  nameAr: profile?.name.ar ?? '',
  pitch: profile?.description ?? '',
  website: profile?.website ?? '',
  sector: profile?.sector ?? null,
  stage: profile?.stage ?? '',
  city: profile?.city ?? '',
  teamSize: profile?.teamSize ?? '',
  foundedYear: profile?.foundedYear ?? '',
  languages: profile?.languages ?? [{ code: 'ar', proficiency: 'native' }],
  needs: profile?.needs.map((need) => need.kind) ?? [],
  amount: profile?.needs.find((need) => need.amountUsd !== undefined)?.amountUsd ?? '',
  timeZone: profile?.timeZone ?? 'Africa/Tripoli',
});

// Optional texts left empty are left out; choices not made go as they are, and profile names them.
const bodyOf = (draft: Draft): StartupInput => ({
  name: { latin: draft.nameLatin.trim(), ...(draft.nameAr.trim() === '' ? {} : { ar: draft.nameAr.trim() }) },
  ...(draft.pitch.trim() === '' ? {} : { description: draft.pitch.trim() }),
  ...(draft.website.trim() === '' ? {} : { website: draft.website.trim() }),
  sector: (draft.sector ?? '') as StartupInput['sector'],
  stage: draft.stage as StartupInput['stage'],
  city: draft.city as StartupInput['city'],
  teamSize: numberOrEmpty(draft.teamSize),
  foundedYear: numberOrEmpty(draft.foundedYear),
  languages: draft.languages,
  needs: draft.needs.map((kind) => ({
    kind: kind as StartupInput['needs'][number]['kind'],
    ...(kind === 'investment' && draft.amount !== '' ? { amountUsd: numberOrEmpty(draft.amount) } : {}),
  })),
  timeZone: draft.timeZone,
});

export type StartupProfileFormProps = ProfileFormProps<StartupView, StartupInput>;

/** A startup's profile in four guided sections; every field shows profile's own objection under it. */
export function StartupProfileForm({ profile, onSave, saving, error, saved }: StartupProfileFormProps) {
  const { t } = useTranslation('profiles');
  const [draft, set] = useDraft<Draft>(() => draftOf(profile));
  const errorOf = fieldMessages(t, error);
  const investmentAt = draft.needs.indexOf('investment');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(bodyOf(draft));
  };
  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const pick = <T extends string>(values: readonly T[], prefix: string) => [
    { value: '', label: t('pick') },
    ...options(values, prefix),
  ];
  return (
    // noValidate: profile's own field messages, in the reader's language, replace the browser's bubbles.
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Fieldset legend={t('startup.company')}>
          <Stack gap="sm">
            <TextInput
              label={t('startup.nameLatin')}
              required
              value={draft.nameLatin}
              error={errorOf('name.latin')}
              onChange={(e) => set('nameLatin')(e.currentTarget.value)}
            />
            <TextInput
              label={t('startup.nameAr')}
              dir="rtl"
              value={draft.nameAr}
              error={errorOf('name.ar')}
              onChange={(e) => set('nameAr')(e.currentTarget.value)}
            />
            <SectorPicker value={draft.sector} onChange={set('sector')} error={errorOf('sector')} />
            <Textarea
              label={t('startup.pitch')}
              description={t('startup.pitchHint')}
              autosize
              minRows={3}
              maxLength={2000}
              value={draft.pitch}
              error={errorOf('description')}
              onChange={(e) => set('pitch')(e.currentTarget.value)}
            />
            <TextInput
              label={t('startup.website')}
              type="url"
              dir="ltr"
              value={draft.website}
              error={errorOf('website')}
              onChange={(e) => set('website')(e.currentTarget.value)}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('startup.place')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('startup.stage')}
              required
              data={pick(STAGES, 'stage')}
              value={draft.stage}
              error={errorOf('stage')}
              onChange={(e) => set('stage')(e.currentTarget.value)}
            />
            <NativeSelect
              label={t('startup.city')}
              required
              data={pick(CITIES, 'city')}
              value={draft.city}
              error={errorOf('city')}
              onChange={(e) => set('city')(e.currentTarget.value)}
            />
            <NumberInput
              label={t('startup.teamSize')}
              required
              min={1}
              allowDecimal={false}
              value={draft.teamSize}
              error={errorOf('teamSize')}
              onChange={set('teamSize')}
            />
            <NumberInput
              label={t('startup.foundedYear')}
              required
              min={1900}
              max={2100}
              allowDecimal={false}
              value={draft.foundedYear}
              error={errorOf('foundedYear')}
              onChange={set('foundedYear')}
            />
            <NativeSelect
              label={t('timeZone.label')}
              required
              data={options(TIME_ZONES, 'timeZone')}
              value={draft.timeZone}
              error={errorOf('timeZone')}
              onChange={(e) => set('timeZone')(e.currentTarget.value)}
            />
          </SimpleGrid>
        </Fieldset>
        <LanguageSkills
          legend={t('startup.languages')}
          value={draft.languages}
          onChange={set('languages')}
          errorOf={errorOf}
        />
        <Fieldset legend={t('startup.needs')}>
          <Stack gap="sm">
            <Checkbox.Group
              label={t('startup.needsLabel')}
              value={draft.needs}
              onChange={set('needs')}
              error={errorOf('needs')}
            >
              <Group mt="xs" gap="md">
                {options(NEEDS, 'need').map((need) => (
                  <Checkbox key={need.value} value={need.value} label={need.label} />
                ))}
              </Group>
            </Checkbox.Group>
            {investmentAt >= 0 && (
              <NumberInput
                label={t('startup.amount')}
                min={1}
                allowDecimal={false}
                thousandSeparator=","
                value={draft.amount}
                error={errorOf(`needs.${investmentAt}.amountUsd`)}
                onChange={set('amount')}
              />
            )}
          </Stack>
        </Fieldset>
        <SaveOutcome error={error} saved={saved} saving={saving} />
      </Stack>
    </form>
  );
}
