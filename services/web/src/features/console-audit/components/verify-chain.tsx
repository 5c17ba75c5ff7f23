import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useVerifyChain } from '../api/audit';

/** "Verify chain": checks every record's hash link and shows the verdict, or the first bad record. */
export function VerifyChain() {
  const { t } = useTranslation('audit');
  const verify = useVerifyChain();
  const verdict = verify.data;
  return (
    <Stack gap="xs">
      <Button variant="outline" w="fit-content" loading={verify.isPending} onClick={() => verify.mutate()}>
        {t('verify.button')}
      </Button>
      <ProblemAlert error={verify.error} />
      {verdict !== undefined && (
        <Alert role="status" color={verdict.intact ? 'green' : 'red'} variant="light">
          {verdict.intact || verdict.firstBad === null
            ? t('verify.intact', { checked: verdict.checked })
            : t('verify.broken', {
                sequence: verdict.firstBad.sequence,
                record: verdict.firstBad.recordId ?? '—',
                problem: t(`verify.problem.${verdict.firstBad.problem}`),
              })}
        </Alert>
      )}
    </Stack>
  );
}
