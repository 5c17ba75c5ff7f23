import { Button, Fieldset, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useCentres, useSaveCentre, type City } from '../api/programmes';
import { CITIES } from './cities';
import { LocalizedFields, type LocalizedText } from './localized-fields';
import { localized } from './localized';

interface CentreDraft {
  readonly centreId: string;
  readonly name: LocalizedText;
  readonly city: City;
}

const EMPTY: CentreDraft = { centreId: '', name: { en: '', ar: '', tr: '' }, city: 'tripoli' };

/** The business development centres with their city: add one, or rename one and move it. */
export function CentresPanel() {
  const { t, i18n } = useTranslation('console-programmes');
  const centres = useCentres();
  const save = useSaveCentre();
  const [draft, setDraft] = useState<CentreDraft>(EMPTY);
  return (
    <Stack component="section" aria-labelledby="centres-title">
      <Title order={3} size="h3" id="centres-title">
        {t('centres.title')}
      </Title>
      {centres.isError && <ProblemAlert error={centres.error} />}
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('centres.name')}</Table.Th>
            <Table.Th>{t('centres.city')}</Table.Th>
            <Table.Th>{t('centres.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(centres.data?.items ?? []).map((centre) => (
            <Table.Tr key={centre.centreId}>
              <Table.Td>{localized(centre.name, i18n.language)}</Table.Td>
              <Table.Td>{t(`city.${centre.city}`)}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() =>
                    setDraft({ centreId: centre.centreId, name: centre.name, city: centre.city })
                  }
                >
                  {t('centres.edit', { name: localized(centre.name, i18n.language) })}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Fieldset
        legend={t('centres.form')}
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(
            { centreId: draft.centreId, body: { name: draft.name, city: draft.city } },
            { onSuccess: () => setDraft(EMPTY) },
          );
        }}
      >
        <Stack gap="xs">
          <Group grow align="flex-start">
            <TextInput
              label={t('centres.id')}
              description={t('centres.idHint')}
              required
              value={draft.centreId}
              onChange={(event) => setDraft({ ...draft, centreId: event.currentTarget.value })}
            />
            <Select
              label={t('centres.city')}
              data={CITIES.map((city) => ({ value: city, label: t(`city.${city}`) }))}
              searchable
              allowDeselect={false}
              value={draft.city}
              onChange={(city) => setDraft({ ...draft, city: (city ?? draft.city) as City })}
            />
          </Group>
          <LocalizedFields
            label={t('centres.name')}
            value={draft.name}
            onChange={(name) => setDraft({ ...draft, name })}
          />
          <ProblemAlert error={save.error} />
          {save.isSuccess && <Text role="status">{t('centres.saved')}</Text>}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('centres.save')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </Stack>
  );
}
