import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { textIn } from '../../../lib/localized';
import {
  certificatePdfUrl,
  useMyTraining,
  useTrainingActions,
  type MyTraining,
  type StartupSession,
} from '../api/training';
import { dayIn, whenIn } from './when';

function CheckInForm({ session }: { session: StartupSession }) {
  const { t } = useTranslation('training');
  const { checkIn } = useTrainingActions();
  const [code, setCode] = useState('');
  return (
    <Group
      component="form"
      gap="xs"
      onSubmit={(e) => {
        e.preventDefault();
        checkIn.mutate({ s: session, code });
      }}
    >
      <TextInput
        size="xs"
        w={120}
        label={t('checkIn.label')}
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
      />
      <Button size="xs" type="submit" loading={checkIn.isPending} mt="lg">
        {t('checkIn.submit')}
      </Button>
      <ProblemAlert error={checkIn.error} />
    </Group>
  );
}

function SessionRow({ session }: { session: StartupSession }) {
  const { t, i18n } = useTranslation('training');
  const { register, cancel } = useTrainingActions();
  const full = session.seatsTaken >= session.capacity;
  return (
    <Table.Tr>
      <Table.Td>{textIn(session.title, i18n.language)}</Table.Td>
      <Table.Td>{whenIn(session.startsAt, i18n.language)}</Table.Td>
      <Table.Td>{session.centreId ?? t('online')}</Table.Td>
      <Table.Td>{t('seats', { taken: session.seatsTaken, capacity: session.capacity })}</Table.Td>
      <Table.Td>
        {session.attended ? (
          <Badge color="green">{t('state.attended')}</Badge>
        ) : session.registered ? (
          <Stack gap="xs">
            <Group gap="xs">
              <Badge>{t('state.registered')}</Badge>
              <Button
                size="xs"
                variant="subtle"
                loading={cancel.isPending}
                onClick={() => cancel.mutate(session)}
              >
                {t('cancel')}
              </Button>
            </Group>
            <CheckInForm session={session} />
          </Stack>
        ) : (
          <Button
            size="xs"
            disabled={full}
            loading={register.isPending}
            onClick={() => register.mutate(session)}
          >
            {full ? t('state.full') : t('register')}
          </Button>
        )}
        <ProblemAlert error={register.error ?? cancel.error} />
      </Table.Td>
    </Table.Tr>
  );
}

function Certificates({ training }: { training: MyTraining }) {
  const { t, i18n } = useTranslation('training');
  const { certificate } = useTrainingActions();
  const programmeId = training.programmeId ?? '';
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('certificates.title')}
      </Title>
      {training.phases.map((phase) => {
        const issued = training.certificates.find((c) => c.phaseId === phase.phaseId);
        return (
          <Card key={phase.phaseId} withBorder>
            <Group justify="space-between">
              <Text fw={600}>{textIn(phase.name, i18n.language)}</Text>
              {issued !== undefined ? (
                <Group gap="sm">
                  <Anchor component={Link} to={`/certificates/${issued.code}`}>
                    {t('certificates.code', { code: issued.code })}
                  </Anchor>
                  <Anchor href={certificatePdfUrl(issued.code, i18n.language)} download>
                    {t('certificates.download')}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {dayIn(issued.issuedAt, i18n.language)}
                  </Text>
                </Group>
              ) : (
                <Button
                  size="xs"
                  disabled={!phase.complete}
                  loading={certificate.isPending}
                  onClick={() => certificate.mutate({ programmeId, phaseId: phase.phaseId })}
                >
                  {phase.complete ? t('certificates.ask') : t('certificates.notYet')}
                </Button>
              )}
            </Group>
          </Card>
        );
      })}
      <ProblemAlert error={certificate.error} />
    </Stack>
  );
}

/** The startup's training: its programme's sessions to register for, check-in, and certificates. */
export function TrainingPage() {
  const { t } = useTranslation('training');
  const training = useMyTraining();
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <QueryState query={training} loading={t('common:loading')} />
      {training.data?.programmeId === null && <Text>{t('noProgramme')}</Text>}
      {training.data !== undefined && training.data.programmeId !== null && (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('h.session')}</Table.Th>
                  <Table.Th>{t('h.starts')}</Table.Th>
                  <Table.Th>{t('h.centre')}</Table.Th>
                  <Table.Th>{t('h.seats')}</Table.Th>
                  <Table.Th>{t('h.you')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {training.data.sessions.map((session) => (
                  <SessionRow key={session.sessionId} session={session} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Certificates training={training.data} />
        </>
      )}
    </Stack>
  );
}
