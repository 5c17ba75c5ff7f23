import type { LocalizedText } from '@jisr/contracts';
import type { Verification } from './profile-fields';

/** What the owner reads about their profile's verification, in every locale. */
export function verificationNotice(verification: Verification): LocalizedText {
  switch (verification.status) {
    case 'verified':
      return {
        en: 'Your profile has been verified by the council.',
        ar: 'تم التحقق من ملفك من قبل المجلس.',
        tr: 'Profiliniz konsey tarafından doğrulandı.',
      };
    case 'rejected': {
      const reason = verification.reason ?? '';
      return {
        en: `The council did not verify your profile. Reason: ${reason}`,
        ar: `لم يتحقق المجلس من ملفك. السبب: ${reason}`,
        tr: `Konsey profilinizi doğrulamadı. Gerekçe: ${reason}`,
      };
    }
    case 'pending':
      return {
        en: 'Your profile is waiting for the council to verify it.',
        ar: 'ملفك بانتظار تحقق المجلس.',
        tr: 'Profiliniz konseyin doğrulamasını bekliyor.',
      };
  }
}
