import type { LocalizedText } from '@jisr/contracts';
import { AppError } from '@jisr/errors';

export const APPROVAL_ERROR_CODES = {
  notFound: 'APPROVAL.NOT_FOUND',
  ownRequest: 'APPROVAL.OWN_REQUEST',
  roleMayNotDecide: 'APPROVAL.ROLE_MAY_NOT_DECIDE',
  alreadyDecided: 'APPROVAL.ALREADY_DECIDED',
  expired: 'APPROVAL.EXPIRED',
  reasonRequired: 'APPROVAL.REASON_REQUIRED',
} as const;

export const approvalNotFound = (): AppError =>
  new AppError(APPROVAL_ERROR_CODES.notFound, 'No such approval.', { status: 404 });

export const ownRequest = (): AppError =>
  new AppError(APPROVAL_ERROR_CODES.ownRequest, 'You asked for this; another member of staff must decide.', {
    status: 403,
  });

export const roleMayNotDecide = (): AppError =>
  new AppError(APPROVAL_ERROR_CODES.roleMayNotDecide, 'Your staff roles may not decide this approval.', {
    status: 403,
  });

export const alreadyDecided = (): AppError =>
  new AppError(APPROVAL_ERROR_CODES.alreadyDecided, 'This approval has already been decided.', {
    status: 409,
  });

export const approvalExpired = (): AppError =>
  new AppError(APPROVAL_ERROR_CODES.expired, 'This approval expired; ask for it again.', { status: 409 });

export const reasonRequired = (): AppError =>
  new AppError(APPROVAL_ERROR_CODES.reasonRequired, 'Say why you reject it.', {
    status: 400,
    errors: [{ path: 'body.reason', code: 'required', message: 'A rejection needs a reason.' }],
  });

const t = (en: string, ar: string, tr: string): LocalizedText => ({ en, ar, tr });

/** Every approval code in the three languages; each service spreads it into its error catalogue. */
export const APPROVAL_ERRORS: Readonly<Record<string, LocalizedText>> = {
  [APPROVAL_ERROR_CODES.notFound]: t(
    'No such approval.',
    'لا يوجد طلب موافقة كهذا.',
    'Böyle bir onay talebi yok.',
  ),
  [APPROVAL_ERROR_CODES.ownRequest]: t(
    'You asked for this; another member of staff must decide.',
    'أنت من طلب هذا؛ يجب أن يقرّر فيه موظف آخر.',
    'Bunu siz istediniz; başka bir personel karar vermeli.',
  ),
  [APPROVAL_ERROR_CODES.roleMayNotDecide]: t(
    'Your staff roles may not decide this approval.',
    'لا تسمح أدوارك بالبتّ في طلب الموافقة هذا.',
    'Personel rolleriniz bu onay talebine karar vermeye izin vermiyor.',
  ),
  [APPROVAL_ERROR_CODES.alreadyDecided]: t(
    'This approval has already been decided.',
    'تم البتّ في طلب الموافقة هذا من قبل.',
    'Bu onay talebine zaten karar verildi.',
  ),
  [APPROVAL_ERROR_CODES.expired]: t(
    'This approval expired; ask for it again.',
    'انتهت صلاحية طلب الموافقة هذا؛ اطلبه من جديد.',
    'Bu onay talebinin süresi doldu; yeniden isteyin.',
  ),
  [APPROVAL_ERROR_CODES.reasonRequired]: t(
    'Say why you reject it.',
    'اذكر سبب الرفض.',
    'Neden reddettiğinizi yazın.',
  ),
};
