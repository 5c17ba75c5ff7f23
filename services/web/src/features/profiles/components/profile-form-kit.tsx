import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';

/** What both profile forms take: the stored profile (null before the first save) and the save's state. */
export interface ProfileFormProps<View, Input> {
  readonly profile: View | null;
  readonly onSave: (body: Input) => void;
  readonly saving: boolean;
  readonly error: unknown;
  readonly saved: boolean;
}

/** A form's draft and a setter per field. */
export function useDraft<Draft extends object>(initial: () => Draft) {
  const [draft, setDraft] = useState<Draft>(initial);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((before) => ({ ...before, [key]: value }));
  return [draft, set] as const;
}

/** The end of a profile form: what profile said about the save, and the save button. */
export function SaveOutcome({
  error,
  saved,
  saving,
}: Pick<ProfileFormProps<never, never>, 'error' | 'saved' | 'saving'>) {
  const { t } = useTranslation('profiles');
  return (
    <>
      {error !== null && error !== undefined && (
        <Alert color="red.9" role="alert" variant="outline">
          {t('errors.summary')}
        </Alert>
      )}
      {saved && error === null && (
        <Alert color="jisr.9" variant="outline" role="status">
          {t('saved')}
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={saving}>
          {t('save')}
        </Button>
      </Group>
    </>
  );
}

/** A profile page: its title and intro, then the profile once read (null when there is none yet). */
export function ProfilePage<View>({
  title,
  intro,
  query,
  children,
}: {
  readonly title: string;
  readonly intro: string;
  readonly query: UseQueryResult<View | null>;
  readonly children: (profile: View | null) => ReactNode;
}) {
  return (
    <Stack maw={760} gap="md">
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text>{intro}</Text>
      {query.isPending ? (
        <Center mih={200}>
          <Loader aria-label={title} />
        </Center>
      ) : query.isError ? (
        <ProblemAlert error={query.error} />
      ) : (
        children(query.data)
      )}
    </Stack>
  );
}

/** A save mutation as a profile form's props. */
export const saveProps = <Input,>(save: {
  mutate: (body: Input) => void;
  isPending: boolean;
  error: unknown;
  isSuccess: boolean;
}) => ({
  onSave: (body: Input) => save.mutate(body),
  saving: save.isPending,
  error: save.error,
  saved: save.isSuccess,
});
