import { Badge, Button, Group, Select, SimpleGrid, Slider, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import {
  useProgrammeStartups,
  useSaveWeights,
  useWeightsPreview,
  type Programme,
  type Weights,
} from '../api/programmes';

const CRITERIA = [
  'sector',
  'stage',
  'language',
  'needs',
  'load',
] as const satisfies readonly (keyof Weights)[];

/** How far an advisor moves: up (better place), down, or not at all. */
const movement = (now: number, next: number): 'up' | 'down' | 'same' =>
  next < now ? 'up' : next > now ? 'down' : 'same';

/** The programme's matching weights, with a sample startup's ranking re-computed live as they move. */
export function WeightsPanel({ programme }: { readonly programme: Programme }) {
  const { t, i18n } = useTranslation('console-programmes');
  const [weights, setWeights] = useState<Weights>(programme.weights);
  const [proposed] = useDebouncedValue(weights, 250);
  const startups = useProgrammeStartups(programme.programmeId);
  const verified = (startups.data?.items ?? []).filter((s) => s.verification.status === 'verified');
  const [picked, setPicked] = useState<string | null>(null);
  const sample = picked ?? verified[0]?.startupId ?? null;
  const preview = useWeightsPreview(programme.programmeId, sample, proposed);
  const save = useSaveWeights(programme.programmeId);
  const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const rank = new Intl.NumberFormat(i18n.language);
  return (
    <Stack component="section" aria-labelledby="weights-title">
      <Title order={3} size="h3" id="weights-title">
        {t('weights.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Stack gap="md">
          {CRITERIA.map((criterion) => (
            <div key={criterion}>
              <Text size="sm" fw={600} id={`weight-${criterion}`}>
                {t('weights.criterion', {
                  criterion: t(`criterion.${criterion}`),
                  value: decimal.format(weights[criterion]),
                })}
              </Text>
              <Slider
                min={0}
                max={1}
                step={0.05}
                value={weights[criterion]}
                thumbLabel={t(`criterion.${criterion}`)}
                label={(value) => decimal.format(value)}
                onChange={(value) => setWeights({ ...weights, [criterion]: value })}
              />
            </div>
          ))}
          <ProblemAlert error={save.error} />
          {save.isSuccess && <Text role="status">{t('weights.saved')}</Text>}
          <Group>
            <Button loading={save.isPending} onClick={() => save.mutate(weights)}>
              {t('weights.save')}
            </Button>
            <Button variant="subtle" onClick={() => setWeights(programme.weights)}>
              {t('weights.reset')}
            </Button>
          </Group>
        </Stack>
        <Stack gap="xs">
          <Select
            label={t('weights.sample')}
            data={verified.map((s) => ({
              value: s.startupId,
              label: i18n.language === 'ar' ? (s.name.ar ?? s.name.latin) : s.name.latin,
            }))}
            searchable
            allowDeselect={false}
            value={sample}
            onChange={setPicked}
          />
          {sample === null && <Text>{t('weights.noSample')}</Text>}
          {preview.isError && <ProblemAlert error={preview.error} />}
          {preview.data !== undefined && (
            <Table aria-label={t('weights.previewTable')} aria-busy={preview.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('weights.advisor')}</Table.Th>
                  <Table.Th>{t('weights.now')}</Table.Th>
                  <Table.Th>{t('weights.proposed')}</Table.Th>
                  <Table.Th>{t('weights.change')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.data.items.map((item) => {
                  const moved = movement(item.current.rank, item.proposed.rank);
                  return (
                    <Table.Tr key={item.advisorId}>
                      <Table.Td>{item.displayName}</Table.Td>
                      <Table.Td>{rank.format(item.current.rank)}</Table.Td>
                      <Table.Td>{rank.format(item.proposed.rank)}</Table.Td>
                      <Table.Td>
                        <Badge
                          color={moved === 'up' ? 'jisr' : moved === 'down' ? 'red.9' : 'dark.6'}
                          variant="filled"
                        >
                          {t(`weights.moved.${moved}`, {
                            places: Math.abs(item.current.rank - item.proposed.rank),
                          })}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
