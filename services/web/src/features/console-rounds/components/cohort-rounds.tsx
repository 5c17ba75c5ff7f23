import { Button, Divider, Group, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import {
  useAdvisors,
  useCohorts,
  useCohortStartups,
  usePreviewRound,
  useRound,
  isRunning,
  type Objective,
  type Pair,
  type RoundStatus,
} from '../api/rounds';
import { PairRules } from './pair-rules';
import { RoundHistory } from './round-history';
import { RoundPreview } from './round-preview';
import { RoundProgress, RoundStopped } from './round-progress';

const OBJECTIVES = ['max-total', 'max-matched-then-total'] as const satisfies readonly Objective[];

/** The council's cohort round: pick a cohort and objective, pin and ban pairs, preview, confirm. */
export function CohortRounds() {
  const { t, i18n } = useTranslation('console-rounds');
  const cohorts = useCohorts();
  const advisors = useAdvisors();
  const [cohortKey, setCohortKey] = useState<string | null>(null);
  const [objective, setObjective] = useState<Objective>('max-total');
  const [rules, setRules] = useState<{ pinned: Pair[]; forbidden: Pair[] }>({ pinned: [], forbidden: [] });
  const [shown, setShown] = useState<string | null>(null);
  const cohort = cohorts.data?.find((c) => `${c.programmeId}/${c.cohortId}` === cohortKey) ?? null;
  const startups = useCohortStartups(cohort);
  const preview = usePreviewRound();
  const round = useRound(shown);
  const startupNames = new Map(
    (startups.data ?? []).map((s) => [
      s.startupId,
      i18n.language === 'ar' ? (s.name.ar ?? s.name.latin) : s.name.latin,
    ]),
  );
  const advisorNames = new Map((advisors.data ?? []).map((a) => [a.advisorId, a.displayName]));
  const options = (names: ReadonlyMap<string, string>) =>
    [...names].map(([value, label]) => ({ value, label }));
  const view = (data: RoundStatus) =>
    data.state === 'ready' ? (
      <RoundPreview round={data} startups={startupNames} advisors={advisorNames} />
    ) : isRunning(data) ? (
      <RoundProgress run={data} />
    ) : (
      <RoundStopped run={data} />
    );
  const programmeName = (name: { en: string; ar: string; tr: string }) =>
    name[i18n.language as 'en'] ?? name.en;
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      {cohorts.isError && <ProblemAlert error={cohorts.error} />}
      <Select
        label={t('cohort')}
        data={(cohorts.data ?? []).map((c) => ({
          value: `${c.programmeId}/${c.cohortId}`,
          label: `${c.name} — ${programmeName(c.programme)}`,
        }))}
        value={cohortKey}
        allowDeselect={false}
        onChange={(value) => {
          setCohortKey(value);
          setRules({ pinned: [], forbidden: [] });
          setShown(null);
        }}
      />
      {cohort !== null && (
        <>
          <Text size="sm">{t('cohortSize', { count: startups.data?.length ?? 0 })}</Text>
          <Radio.Group
            label={t('objectiveLabel')}
            value={objective}
            onChange={(value) => setObjective(value as Objective)}
          >
            <Stack gap={6} mt={6}>
              {OBJECTIVES.map((value) => (
                <Radio
                  key={value}
                  value={value}
                  label={t(`objective.${value}`)}
                  description={t(`objectiveHint.${value}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Title order={3} size="h3">
            {t('rules.title')}
          </Title>
          <PairRules
            startups={options(startupNames)}
            advisors={options(advisorNames)}
            pinned={rules.pinned}
            forbidden={rules.forbidden}
            onChange={setRules}
          />
          <Group>
            <Button
              loading={preview.isPending}
              onClick={() =>
                preview.mutate(
                  { cohortId: cohort.cohortId, programmeId: cohort.programmeId, objective, ...rules },
                  { onSuccess: (made) => setShown(made.roundId) },
                )
              }
            >
              {t('run')}
            </Button>
          </Group>
          <ProblemAlert error={preview.error} />
          {shown !== null && round.data !== undefined && view(round.data)}
          <Divider />
          <RoundHistory cohortId={cohort.cohortId} onOpen={setShown} />
        </>
      )}
    </Stack>
  );
}
