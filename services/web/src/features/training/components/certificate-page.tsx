import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { textIn } from '../../../lib/localized';
import { certificatePdfUrl, useCertificate } from '../api/training';
import { dayIn } from './when';

/**
 * `/certificates/:code`: anyone checks a certificate. With `?print=1` the same page is what the
 * BFF prints to PDF, so it says when it is ready (or that its data was refused).
 */
export function CertificatePage() {
  const { t, i18n } = useTranslation('training');
  const { code = '' } = useParams();
  const [search] = useSearchParams();
  const printing = search.get('print') === '1';
  const certificate = useCertificate(code);
  const data = certificate.data;
  if (certificate.isError)
    return (
      <Stack maw={720} data-print-failed={printing ? 'true' : undefined}>
        <Title order={1} size="h2">
          {t('verify.title')}
        </Title>
        <ProblemAlert error={certificate.error} />
      </Stack>
    );
  if (data === undefined) return <Text>{t('common:loading')}</Text>;
  const name =
    i18n.language === 'ar' && data.startupName.ar !== undefined
      ? data.startupName.ar
      : data.startupName.latin;
  return (
    <Stack maw={720} data-print-ready={printing ? 'true' : undefined}>
      {!printing && (
        <Alert color="green" variant="light" role="status">
          {t('verify.valid')}
        </Alert>
      )}
      <Card withBorder padding="xl">
        <Stack gap="md" align="center" ta="center">
          <Text size="sm" c="dimmed">
            {textIn(data.programmeName, i18n.language)}
          </Text>
          <Title order={1}>{t('verify.heading')}</Title>
          <Text>{t('verify.awardedTo')}</Text>
          <Title order={2}>{name}</Title>
          <Text>{t('verify.forPhase', { phase: textIn(data.phaseName, i18n.language) })}</Text>
          <Text>{t('verify.issuedOn', { date: dayIn(data.issuedAt, i18n.language) })}</Text>
          <Text size="sm">{t('verify.code', { code: data.code })}</Text>
          <Text size="sm" dir="ltr">
            {data.verificationUrl}
          </Text>
        </Stack>
      </Card>
      {!printing && (
        <Group>
          <Anchor href={certificatePdfUrl(data.code, i18n.language)} download>
            {t('certificates.download')}
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}
