import { Badge, Box, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { ExplanationBreakdown, fromMatchingPoints } from '../../matches';
import { useConfirmRound, type Round } from '../api/rounds';

type Names = ReadonlyMap<string, string>;

/** A round's assignment: every pair with why it fits, the total, who is left out and why; confirm it. */
export function RoundPreview({
  round,
  startups,
  advisors,
}: {
  readonly round: Round;
  readonly startups: Names;
  readonly advisors: Names;
}) {
  const { t, i18n } = useTranslation('console-rounds');
  const confirm = useConfirmRound();
  const points = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const language = i18n.language as 'ar' | 'tr' | 'en';
  const nameOf = (names: Names, id: string) => names.get(id) ?? id;
  return (
    <Stack component="section" aria-labelledby="round-preview-title">
      <Group justify="space-between">
        <Title order={3} size="h3" id="round-preview-title">
          {t('preview.title')}
        </Title>
        <Badge size="lg" color={round.status === 'confirmed' ? 'jisr' : 'dark.6'}>
          {t(`status.${round.status}`)}
        </Badge>
      </Group>
      <Text fw={600}>
        {t('preview.summary', {
          assigned: round.pairs.length,
          unassigned: round.unassigned.length,
          total: points.format(round.total),
        })}
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('preview.startup')}</Table.Th>
            <Table.Th>{t('preview.advisor')}</Table.Th>
            <Table.Th>{t('preview.fit')}</Table.Th>
            <Table.Th>{t('preview.why')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {round.pairs.map((pair) => (
            <Table.Tr
              key={`${pair.startupId}:${pair.advisorId}`}
              aria-label={t('rules.pair', {
                startup: nameOf(startups, pair.startupId),
                advisor: nameOf(advisors, pair.advisorId),
              })}
            >
              <Table.Td>{nameOf(startups, pair.startupId)}</Table.Td>
              <Table.Td>
                {nameOf(advisors, pair.advisorId)}
                {pair.pinned && (
                  <Badge ms="xs" color="dark.6">
                    {t('preview.pinned')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{points.format(pair.score)}</Table.Td>
              <Table.Td>
                <Box component="details">
                  <summary>{t('preview.whyPair', { startup: nameOf(startups, pair.startupId) })}</summary>
                  <ExplanationBreakdown
                    lines={fromMatchingPoints(
                      pair.explanation.map((line) => ({
                        ...line,
                        sentence: line.text[language] ?? line.sentence,
                      })),
                    )}
                  />
                </Box>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Card withBorder component="section" aria-labelledby="unassigned-title">
        <Title order={4} size="h4" id="unassigned-title">
          {t('preview.unassigned', { count: round.unassigned.length + round.excluded.length })}
        </Title>
        <Box component="ul" m={0}>
          {round.unassigned.map((left) => (
            <li key={left.startupId}>
              <Text size="sm">
                {t('preview.leftOut', {
                  startup: nameOf(startups, left.startupId),
                  reason: t(`reason.${left.reason}`),
                })}
              </Text>
            </li>
          ))}
          {round.excluded.map((left) => (
            <li key={left.startupId}>
              <Text size="sm">
                {t('preview.leftOut', {
                  startup: nameOf(startups, left.startupId),
                  reason: t('reason.has-active-advisor', {
                    advisors: left.advisorIds.map((id) => nameOf(advisors, id)).join(', '),
                  }),
                })}
              </Text>
            </li>
          ))}
        </Box>
        {round.unassigned.length + round.excluded.length === 0 && (
          <Text size="sm">{t('preview.everyone')}</Text>
        )}
      </Card>
      <ProblemAlert error={confirm.error} />
      {confirm.data !== undefined && 'approvalId' in confirm.data && (
        <Text role="status">{t('approvals:askedRound')}</Text>
      )}
      {round.status === 'preview' ? (
        <Group>
          <Button loading={confirm.isPending} onClick={() => confirm.mutate(round.roundId)}>
            {t('preview.confirm', { count: round.pairs.length })}
          </Button>
        </Group>
      ) : (
        <Stack gap={4} role="status">
          <Text fw={600}>{t('preview.confirmed', { count: round.introductionIds.length })}</Text>
          {round.skipped.map((pair) => (
            <Text key={`${pair.startupId}:${pair.advisorId}`} size="sm">
              {t('preview.skipped', {
                startup: nameOf(startups, pair.startupId),
                advisor: nameOf(advisors, pair.advisorId),
                code: pair.code,
              })}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
