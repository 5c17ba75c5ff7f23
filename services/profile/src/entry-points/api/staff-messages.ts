import type { LocalizedText } from '@jisr/contracts';

const t = (en: string, ar: string, tr: string): LocalizedText => ({ en, ar, tr });

/** The problem details of the staff routes, in the three languages. */
export const STAFF_ERRORS: Readonly<Record<string, LocalizedText>> = {
  'STAFF.NOT_FOUND': t('No such member of staff.', 'لا يوجد موظف كهذا.', 'Böyle bir personel yok.'),
  'STAFF.LAST_ADMIN': t(
    'The last admin cannot lose the admin role.',
    'لا يمكن نزع دور المسؤول من آخر مسؤول.',
    'Son yönetici, yönetici rolünü kaybedemez.',
  ),
};
