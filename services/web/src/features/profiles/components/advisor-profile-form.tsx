import {
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CITIES,
  numberOrEmpty,
  OFFERS,
  ROLES,
  STAGES,
  TIME_ZONES,
  type LanguageSkill,
} from '../api/profile-choices';
import type { AdvisorInput, AdvisorView } from '../api/profiles';
import { fieldMessages } from './field-errors';
import { SaveOutcome, useDraft, type ProfileFormProps } from './profile-form-kit';
import { LanguageSkills } from './language-skills';
import { SectorsPicker } from './sector-picker';

interface Draft {
  displayName: string;
  organisation: string;
  roles: string[];
  sectors: string[];
  stages: string[];
  languages: LanguageSkill[];
  offers: string[];
  ticketMin: number | string;
  ticketMax: number | string;
  capacity: number | string;
  timeZone: string;
  city: string;
  bio: string;
}

const draftOf = (profile: AdvisorView | null): Draft => ({
  displayName: profile?.displayName ?? '',
  organisation: profile?.organisation ?? '',
  roles: profile?.roles ?? ['mentor'],
  sectors: profile?.sectors ?? [],
  stages: profile?.stages ?? [],
  languages: profile?.languages ?? [{ code: 'tr', proficiency: 'native' }],
  offers: profile?.offers ?? ['mentoring'],
  ticketMin: profile?.ticket?.minUsd ?? '',
  ticketMax: profile?.ticket?.maxUsd ?? '',
  capacity: profile?.capacity ?? 3,
  timeZone: profile?.timeZone ?? 'Europe/Istanbul',
  city: profile?.city ?? '',
  bio: profile?.bio ?? '',
});

// Lists go as chosen and profile judges them; a ticket goes only when one of its ends is filled in.
const bodyOf = (draft: Draft): AdvisorInput => ({
  displayName: draft.displayName.trim(),
  organisation: draft.organisation.trim(),
  roles: draft.roles as AdvisorInput['roles'],
  sectors: draft.sectors as AdvisorInput['sectors'],
  stages: draft.stages as AdvisorInput['stages'],
  languages: draft.languages,
  offers: draft.offers as AdvisorInput['offers'],
  ...(draft.ticketMin === '' && draft.ticketMax === ''
    ? {}
    : { ticket: { minUsd: numberOrEmpty(draft.ticketMin), maxUsd: numberOrEmpty(draft.ticketMax) } }),
  capacity: numberOrEmpty(draft.capacity),
  timeZone: draft.timeZone,
  ...(draft.city === '' ? {} : { city: draft.city as NonNullable<AdvisorInput['city']> }),
  ...(draft.bio.trim() === '' ? {} : { bio: draft.bio.trim() }),
});

export type AdvisorProfileFormProps = ProfileFormProps<AdvisorView, AdvisorInput>;

/** A mentor's or investor's profile in four sections; each field shows profile's objection under it. */
export function AdvisorProfileForm({ profile, onSave, saving, error, saved }: AdvisorProfileFormProps) {
  const { t } = useTranslation('profiles');
  const [draft, set] = useDraft<Draft>(() => draftOf(profile));
  const errorOf = fieldMessages(t, error);
  const checks = (values: readonly string[], prefix: string) => (
    <Group mt="xs" gap="md">
      {values.map((value) => (
        <Checkbox key={value} value={value} label={t(`${prefix}.${value}`)} />
      ))}
    </Group>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(bodyOf(draft));
  };
  return (
    // noValidate: profile's own field messages, in the reader's language, replace the browser's bubbles.
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Fieldset legend={t('advisor.about')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('advisor.displayName')}
              required
              value={draft.displayName}
              error={errorOf('displayName')}
              onChange={(e) => set('displayName')(e.currentTarget.value)}
            />
            <TextInput
              label={t('advisor.organisation')}
              required
              value={draft.organisation}
              error={errorOf('organisation')}
              onChange={(e) => set('organisation')(e.currentTarget.value)}
            />
            <NativeSelect
              label={t('startup.city')}
              data={[
                { value: '', label: t('pick') },
                ...CITIES.map((city) => ({ value: city, label: t(`city.${city}`) })),
              ]}
              value={draft.city}
              error={errorOf('city')}
              onChange={(e) => set('city')(e.currentTarget.value)}
            />
            <NativeSelect
              label={t('timeZone.label')}
              required
              data={TIME_ZONES.map((zone) => ({ value: zone, label: t(`timeZone.${zone}`) }))}
              value={draft.timeZone}
              error={errorOf('timeZone')}
              onChange={(e) => set('timeZone')(e.currentTarget.value)}
            />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label={t('advisor.bio')}
            autosize
            minRows={2}
            maxLength={2000}
            value={draft.bio}
            error={errorOf('bio')}
            onChange={(e) => set('bio')(e.currentTarget.value)}
          />
        </Fieldset>
        <Fieldset legend={t('advisor.fit')}>
          <Stack gap="sm">
            <SectorsPicker
              label={t('advisor.sectors')}
              value={draft.sectors}
              onChange={set('sectors')}
              error={errorOf('sectors')}
            />
            <Checkbox.Group
              label={t('advisor.stages')}
              required
              value={draft.stages}
              onChange={set('stages')}
              error={errorOf('stages')}
            >
              {checks(STAGES, 'stage')}
            </Checkbox.Group>
          </Stack>
        </Fieldset>
        <LanguageSkills
          legend={t('advisor.languages')}
          value={draft.languages}
          onChange={set('languages')}
          errorOf={errorOf}
        />
        <Fieldset legend={t('advisor.offer')}>
          <Stack gap="sm">
            <Checkbox.Group
              label={t('advisor.roles')}
              required
              value={draft.roles}
              onChange={set('roles')}
              error={errorOf('roles')}
            >
              {checks(ROLES, 'role')}
            </Checkbox.Group>
            <Checkbox.Group
              label={t('advisor.offers')}
              required
              value={draft.offers}
              onChange={set('offers')}
              error={errorOf('offers')}
            >
              {checks(OFFERS, 'offer')}
            </Checkbox.Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NumberInput
                label={t('advisor.ticketMin')}
                min={0}
                allowDecimal={false}
                thousandSeparator=","
                value={draft.ticketMin}
                error={errorOf('ticket') ?? errorOf('ticket.minUsd')}
                onChange={set('ticketMin')}
              />
              <NumberInput
                label={t('advisor.ticketMax')}
                min={0}
                allowDecimal={false}
                thousandSeparator=","
                value={draft.ticketMax}
                error={errorOf('ticket.maxUsd')}
                onChange={set('ticketMax')}
              />
              <NumberInput
                label={t('advisor.capacity')}
                required
                min={1}
                max={50}
                allowDecimal={false}
                value={draft.capacity}
                error={errorOf('capacity')}
                onChange={set('capacity')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <SaveOutcome error={error} saved={saved} saving={saving} />
      </Stack>
    </form>
  );
}
