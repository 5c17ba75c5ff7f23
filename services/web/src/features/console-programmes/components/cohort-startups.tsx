import { Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useAllStartups, usePlaceStartup, type Programme } from '../api/programmes';

const nameOf = (startup: { name: { latin: string; ar?: string } }, language: string): string =>
  language === 'ar' && startup.name.ar !== undefined ? startup.name.ar : startup.name.latin;

/** Each cohort of the programme with its startups: add a startup to a cohort, or take it out. */
export function CohortStartups({ programme }: { readonly programme: Programme }) {
  const { t, i18n } = useTranslation('console-programmes');
  const startups = useAllStartups();
  const place = usePlaceStartup();
  const [adding, setAdding] = useState<Record<string, string | null>>({});
  if (startups.isPending) return <Text>{t('common:loading')}</Text>;
  if (startups.isError) return <ProblemAlert error={startups.error} />;
  const all = startups.data.items;
  return (
    <Stack component="section" aria-labelledby="cohort-startups-title">
      <Title order={3} size="h3" id="cohort-startups-title">
        {t('cohortStartups.title')}
      </Title>
      <ProblemAlert error={place.error} />
      {programme.cohorts.map((cohort) => {
        const members = all.filter(
          (s) =>
            s.placement.programmeId === programme.programmeId && s.placement.cohortId === cohort.cohortId,
        );
        const others = all.filter((s) => !members.includes(s));
        const chosen = adding[cohort.cohortId] ?? null;
        return (
          <Card key={cohort.cohortId} withBorder component="article" aria-label={cohort.name}>
            <Title order={4} size="h4">
              {t('cohortStartups.cohort', { name: cohort.name, count: members.length })}
            </Title>
            <Table>
              <Table.Tbody>
                {members.map((startup) => (
                  <Table.Tr key={startup.startupId}>
                    <Table.Td>{nameOf(startup, i18n.language)}</Table.Td>
                    <Table.Td>{t(`city.${startup.city}`)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() =>
                          place.mutate({
                            startupId: startup.startupId,
                            centreId: startup.placement.centreId,
                            programmeId: null,
                            cohortId: null,
                          })
                        }
                      >
                        {t('cohortStartups.remove', { name: nameOf(startup, i18n.language) })}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group align="flex-end" mt="xs">
              <Select
                label={t('cohortStartups.add', { name: cohort.name })}
                data={others.map((s) => ({ value: s.startupId, label: nameOf(s, i18n.language) }))}
                searchable
                value={chosen}
                onChange={(value) => setAdding({ ...adding, [cohort.cohortId]: value })}
              />
              <Button
                disabled={chosen === null}
                onClick={() => {
                  const startup = others.find((s) => s.startupId === chosen);
                  if (startup === undefined) return;
                  place.mutate(
                    {
                      startupId: startup.startupId,
                      centreId: startup.placement.centreId,
                      programmeId: programme.programmeId,
                      cohortId: cohort.cohortId,
                    },
                    { onSuccess: () => setAdding({ ...adding, [cohort.cohortId]: null }) },
                  );
                }}
              >
                {t('cohortStartups.addButton')}
              </Button>
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}
