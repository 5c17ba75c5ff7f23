import { Alert, Button, Group, NativeSelect, NumberInput, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ProblemAlert } from '../../../components/problem-alert';
import {
  INVESTMENT_SOURCES,
  quarterName,
  REVENUE_BANDS,
  useReportOutcome,
  type OutcomeHistory,
  type OutcomeReport,
} from '../api/outcomes';
import { DealFields } from './deal-fields';

const EMPTY: OutcomeReport = {
  employees: 0,
  womenEmployed: 0,
  youthEmployed: 0,
  revenueBand: 'none',
  investmentRaised: { amountUsd: 0, source: 'none' },
  turkishDeals: [],
};

/** What this quarter said last time, so an amendment starts from it; a new quarter starts empty. */
const startingPoint = (history: OutcomeHistory | undefined, quarter: string): OutcomeReport =>
  history?.items.find((item) => item.quarter === quarter)?.report ?? EMPTY;

/** The quarterly check-in: staff, revenue band, money raised and deals with Turkish companies. */
export function CheckInForm({
  startupId,
  quarters,
  initialQuarter,
  history,
}: {
  startupId: string;
  quarters: readonly string[];
  initialQuarter: string;
  history: OutcomeHistory | undefined;
}) {
  const { t } = useTranslation('outcomes');
  const save = useReportOutcome(startupId);
  const [quarter, setQuarter] = useState(initialQuarter);
  const [report, setReport] = useState<OutcomeReport>(() => startingPoint(history, initialQuarter));
  const set = (change: Partial<OutcomeReport>) => {
    setReport({ ...report, ...change });
    save.reset();
  };
  const count = (field: 'employees' | 'womenEmployed' | 'youthEmployed') => (
    <NumberInput
      label={t(`field.${field}`)}
      value={report[field]}
      min={0}
      allowDecimal={false}
      error={fieldError(save.error, field)}
      onChange={(value) => set({ [field]: typeof value === 'number' ? value : 0 })}
    />
  );
  return (
    <Stack
      component="form"
      maw={640}
      onSubmit={(e) => {
        e.preventDefault();
        const { note, ...rest } = report;
        save.mutate({ quarter, report: note === undefined || note.trim() === '' ? rest : report });
      }}
    >
      <Title order={2} size="h3">
        {t('formTitle')}
      </Title>
      <NativeSelect
        label={t('quarter')}
        value={quarter}
        data={quarters.map((q) => ({ value: q, label: quarterName(t, q) }))}
        error={fieldError(save.error, 'quarter')}
        onChange={(e) => {
          setQuarter(e.currentTarget.value);
          setReport(startingPoint(history, e.currentTarget.value));
          save.reset();
        }}
      />
      {count('employees')}
      <Group grow>
        {count('womenEmployed')}
        {count('youthEmployed')}
      </Group>
      <NativeSelect
        label={t('field.revenueBand')}
        value={report.revenueBand}
        data={REVENUE_BANDS.map((band) => ({ value: band, label: t(`band.${band}`) }))}
        onChange={(e) => set({ revenueBand: e.currentTarget.value as OutcomeReport['revenueBand'] })}
      />
      <Group grow align="flex-start">
        <NumberInput
          label={t('field.investmentAmount')}
          value={report.investmentRaised.amountUsd}
          min={0}
          allowDecimal={false}
          thousandSeparator=","
          error={fieldError(save.error, 'investmentRaised.amountUsd')}
          onChange={(value) =>
            set({
              investmentRaised: {
                ...report.investmentRaised,
                amountUsd: typeof value === 'number' ? value : 0,
              },
            })
          }
        />
        <NativeSelect
          label={t('field.investmentSource')}
          value={report.investmentRaised.source}
          data={INVESTMENT_SOURCES.map((source) => ({ value: source, label: t(`source.${source}`) }))}
          error={fieldError(save.error, 'investmentRaised.source')}
          onChange={(e) =>
            set({
              investmentRaised: {
                ...report.investmentRaised,
                source: e.currentTarget.value as OutcomeReport['investmentRaised']['source'],
              },
            })
          }
        />
      </Group>
      <DealFields deals={report.turkishDeals} onChange={(turkishDeals) => set({ turkishDeals })} />
      <Textarea
        label={t('field.note')}
        value={report.note ?? ''}
        maxLength={1000}
        onChange={(e) => set({ note: e.currentTarget.value })}
      />
      <ProblemAlert error={save.error} />
      {save.isSuccess && (
        <Alert color="green" role="status" variant="light">
          {t('saved', { quarter: quarterName(t, save.data.quarter), revision: save.data.revisions.length })}
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t('submit')}
        </Button>
      </Group>
    </Stack>
  );
}
