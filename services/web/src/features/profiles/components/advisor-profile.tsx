import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAdvisorProfile, useSaveAdvisorProfile } from '../api/profiles';
import { AdvisorProfileForm } from './advisor-profile-form';
import { PauseSwitch } from './pause-switch';
import { ProfilePage, saveProps } from './profile-form-kit';
import { VerificationStatus } from './verification-status';

/** A mentor's or investor's own profile page: verification, the pause switch, then the form. */
export function AdvisorProfile({ advisorId }: { readonly advisorId: string }) {
  const { t } = useTranslation('profiles');
  const profile = useAdvisorProfile(advisorId);
  const save = useSaveAdvisorProfile(advisorId);
  return (
    <ProfilePage title={t('advisor.title')} intro={t('advisor.intro')} query={profile}>
      {(stored) => (
        <>
          <VerificationStatus verification={stored?.verification ?? null} />
          {stored?.pendingChange && (
            <Alert color="gray.8" variant="outline" role="status">
              {t('advisor.pendingChange')}
            </Alert>
          )}
          {stored && <PauseSwitch advisor={stored} />}
          <AdvisorProfileForm profile={stored} {...saveProps(save)} />
        </>
      )}
    </ProfilePage>
  );
}
