import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSaveStartupProfile, useStartupProfile } from '../api/profiles';
import { StartupProfileForm } from './startup-profile-form';
import { VerificationStatus } from './verification-status';

/** A startup's own profile page: its verification status, then the guided form to create or edit it. */
export function StartupProfile({ startupId }: { readonly startupId: string }) {
  const { t } = useTranslation('profiles');
  const profile = useStartupProfile(startupId);
  const save = useSaveStartupProfile(startupId);
  return (
    <Stack maw={760} gap="md">
      <Title order={1} size="h2">
        {t('startup.title')}
      </Title>
      <Text>{t('startup.intro')}</Text>
      {profile.isPending ? (
        <Center mih={200}>
          <Loader aria-label={t('startup.title')} />
        </Center>
      ) : profile.isError ? (
        <ProblemAlert error={profile.error} />
      ) : (
        <>
          <VerificationStatus verification={profile.data?.verification ?? null} />
          <StartupProfileForm
            profile={profile.data}
            onSave={(body) => save.mutate(body)}
            saving={save.isPending}
            error={save.error}
            saved={save.isSuccess}
          />
        </>
      )}
    </Stack>
  );
}
