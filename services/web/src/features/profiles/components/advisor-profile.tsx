import { Alert, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useAdvisorProfile, useSaveAdvisorProfile } from '../api/profiles';
import { AdvisorProfileForm } from './advisor-profile-form';
import { PauseSwitch } from './pause-switch';
import { VerificationStatus } from './verification-status';

/** A mentor's or investor's own profile page: verification, the pause switch, then the form. */
export function AdvisorProfile({ advisorId }: { readonly advisorId: string }) {
  const { t } = useTranslation('profiles');
  const profile = useAdvisorProfile(advisorId);
  const save = useSaveAdvisorProfile(advisorId);
  return (
    <Stack maw={760} gap="md">
      <Title order={1} size="h2">
        {t('advisor.title')}
      </Title>
      <Text>{t('advisor.intro')}</Text>
      {profile.isPending ? (
        <Center mih={200}>
          <Loader aria-label={t('advisor.title')} />
        </Center>
      ) : profile.isError ? (
        <ProblemAlert error={profile.error} />
      ) : (
        <>
          <VerificationStatus verification={profile.data?.verification ?? null} />
          {profile.data?.pendingChange && (
            <Alert color="gray.8" variant="outline" role="status">
              {t('advisor.pendingChange')}
            </Alert>
          )}
          {profile.data && <PauseSwitch advisor={profile.data} />}
          <AdvisorProfileForm
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
