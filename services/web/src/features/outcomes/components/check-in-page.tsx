import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { previousQuarter, quarterName, quarterOf, useOutcomeHistory } from '../api/outcomes';
import { CheckInForm } from './check-in-form';
import { CheckInHistory } from './check-in-history';

/**
 * The startup's quarterly check-in: the form (opened on the quarter a reminder links to, else the one
 * due, else this one) and the history of what was reported.
 */
export function CheckInPage({ startupId, now = new Date() }: { startupId: string; now?: Date }) {
  const { t } = useTranslation('outcomes');
  const history = useOutcomeHistory(startupId);
  const [search] = useSearchParams();
  const current = quarterOf(now);
  const quarters = [current, previousQuarter(current), previousQuarter(previousQuarter(current))];
  const asked = search.get('quarter');
  const due = history.data?.due?.missing === true ? history.data.due.quarter : null;
  const initial = asked !== null && quarters.includes(asked) ? asked : (due ?? current);
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Text>{t('intro')}</Text>
      {due !== null && (
        <Alert color="orange" variant="light" role="status">
          {t('due', { quarter: quarterName(t, due) })}
        </Alert>
      )}
      <QueryState query={history} loading={t('common:loading')} />
      {history.data !== undefined && (
        <>
          <CheckInForm
            startupId={startupId}
            quarters={quarters}
            initialQuarter={initial}
            history={history.data}
          />
          <CheckInHistory history={history.data} />
        </>
      )}
    </Stack>
  );
}
