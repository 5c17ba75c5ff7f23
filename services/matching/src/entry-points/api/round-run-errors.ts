import type { LocalizedText } from '@jisr/contracts';
import type { ErrorCatalogue } from '@jisr/http-kit';

const t = (en: string, ar: string, tr: string): LocalizedText => ({ en, ar, tr });

/** The problem `detail` of the codes of running a cohort round in the background. */
export const ROUND_RUN_ERRORS_TEXT: ErrorCatalogue = {
  'MATCHING.ROUND_NOT_RUNNING': t(
    'This round is no longer running, so it cannot be cancelled.',
    'هذه الجولة لم تعد قيد التشغيل، فلا يمكن إلغاؤها.',
    'Bu tur artık çalışmıyor, bu yüzden iptal edilemez.',
  ),
  'MATCHING.ROUND_INTERRUPTED': t(
    'The service running this round stopped before it was solved; run it again.',
    'توقفت الخدمة التي كانت تشغّل هذه الجولة قبل حلّها؛ شغّلها مرة أخرى.',
    'Bu turu çalıştıran hizmet tur çözülmeden durdu; turu yeniden çalıştırın.',
  ),
  'MATCHING.ROUND_FAILED': t('The round could not be solved.', 'تعذّر حلّ هذه الجولة.', 'Bu tur çözülemedi.'),
};
