import { Alert, Button, Radio, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useBookMeeting, useSlots } from '../api/meetings';
import { zonedTime } from './zoned-time';

/** The startup picks one of the advisor's free slots, seen in its own zone and the advisor's. */
export function SlotPicker({ introductionId }: { readonly introductionId: string }) {
  const { t, i18n } = useTranslation('meetings');
  const slots = useSlots(introductionId);
  const book = useBookMeeting(introductionId);
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const [agenda, setAgenda] = useState('');
  const [url, setUrl] = useState('');
  if (slots.isPending) return <Text>{t('common:loading')}</Text>;
  if (slots.isError) return <ProblemAlert error={slots.error} />;
  const { startupTimeZone, advisorTimeZone } = slots.data;
  if (book.isSuccess) return <Alert title={t('booked.title')}>{t('booked.body')}</Alert>;
  return (
    <Stack
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        if (startsAt !== null) book.mutate({ startsAt, agenda, place: { kind: 'online', url } });
      }}
    >
      <Title order={2}>{t('pick.title')}</Title>
      {slots.data.slots.length === 0 ? (
        <Text>{t('pick.none')}</Text>
      ) : (
        <Radio.Group value={startsAt} onChange={setStartsAt} label={t('pick.label')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th>{`${t('pick.yourTime')} (${startupTimeZone})`}</Table.Th>
                <Table.Th>{`${t('pick.advisorTime')} (${advisorTimeZone})`}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {slots.data.slots.map((slot) => (
                <Table.Tr key={slot.startsAt}>
                  <Table.Td>
                    <Radio
                      value={slot.startsAt}
                      aria-label={zonedTime(slot.startsAt, startupTimeZone, i18n.language)}
                    />
                  </Table.Td>
                  <Table.Td>{zonedTime(slot.startsAt, startupTimeZone, i18n.language)}</Table.Td>
                  <Table.Td>{zonedTime(slot.startsAt, advisorTimeZone, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Radio.Group>
      )}
      <Textarea
        label={t('pick.agenda')}
        value={agenda}
        onChange={(e) => setAgenda(e.currentTarget.value)}
        required
      />
      <TextInput
        label={t('pick.link')}
        value={url}
        onChange={(e) => setUrl(e.currentTarget.value)}
        type="url"
        required
      />
      {book.isError && <ProblemAlert error={book.error} />}
      <Button type="submit" disabled={startsAt === null} loading={book.isPending}>
        {t('pick.book')}
      </Button>
    </Stack>
  );
}
