import { useTranslation } from 'react-i18next';
import { useSaveStartupProfile, useStartupProfile } from '../api/profiles';
import { ProfilePage, saveProps } from './profile-form-kit';
import { StartupProfileForm } from './startup-profile-form';
import { VerificationStatus } from './verification-status';

/** A startup's own profile page: its verification status, then the guided form to create or edit it. */
export function StartupProfile({ startupId }: { readonly startupId: string }) {
  const { t } = useTranslation('profiles');
  const profile = useStartupProfile(startupId);
  const save = useSaveStartupProfile(startupId);
  return (
    <ProfilePage title={t('startup.title')} intro={t('startup.intro')} query={profile}>
      {(stored) => (
        <>
          <VerificationStatus verification={stored?.verification ?? null} />
          <StartupProfileForm profile={stored} {...saveProps(save)} />
        </>
      )}
    </ProfilePage>
  );
}
