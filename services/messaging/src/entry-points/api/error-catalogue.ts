import type { LocalizedText } from '@jisr/contracts';
import type { ErrorCatalogue } from '@jisr/http-kit';
import { MEETING_ERRORS } from './meeting-errors';

const t = (en: string, ar: string, tr: string): LocalizedText => ({ en, ar, tr });

/** The problem `detail` of every code messaging raises, in the three languages Jisr speaks. */
export const MESSAGING_ERRORS: ErrorCatalogue = {
  ...MEETING_ERRORS,
  'INTRODUCTION.NOT_FOUND': t('No such introduction.', 'لا يوجد تعارف كهذا.', 'Böyle bir tanışma yok.'),
  'INTRODUCTION.PARTIES_ONLY': t(
    'Only the parties list their introductions here.',
    'يعرض الطرفان فقط تعارفاتهما هنا.',
    'Tanışmalarını burada yalnızca taraflar listeler.',
  ),
  'INTRODUCTION.ALREADY_DECIDED': t(
    'This introduction has already been decided.',
    'تم البتّ في هذا التعارف بالفعل.',
    'Bu tanışma hakkında zaten karar verildi.',
  ),
  'INTRODUCTION.INVALID_STATE': t(
    'This cannot be done while the introduction is in its current status.',
    'لا يمكن القيام بذلك والتعارف في حالته الحالية.',
    'Tanışma mevcut durumundayken bu yapılamaz.',
  ),
  'MAIL.PARTIES_ONLY': t(
    'Only startups and advisors receive notification emails.',
    'تصل رسائل الإشعارات بالبريد الإلكتروني إلى الشركات الناشئة والمستشارين فقط.',
    'Bildirim e-postalarını yalnızca girişimler ve danışmanlar alır.',
  ),
  'MAIL.UNSUBSCRIBE_LINK_INVALID': t(
    'This unsubscribe link is not valid.',
    'رابط إلغاء الاشتراك هذا غير صالح.',
    'Bu abonelikten çıkma bağlantısı geçerli değil.',
  ),
  'THREAD.NOT_FOUND': t('No such conversation.', 'لا توجد محادثة كهذه.', 'Böyle bir konuşma yok.'),
  'THREAD.MESSAGES_PRIVATE': t(
    'Messages are private to the two parties.',
    'الرسائل خاصة بالطرفين فقط.',
    'Mesajlar yalnızca iki tarafa özeldir.',
  ),
  'THREAD.CLOSED': t(
    'The conversation is closed; no new messages can be sent.',
    'المحادثة مغلقة؛ لا يمكن إرسال رسائل جديدة.',
    'Konuşma kapandı; yeni mesaj gönderilemez.',
  ),
  'MESSAGE.RATE_LIMITED': t(
    'You are sending messages too fast. Please wait a moment.',
    'أنت ترسل الرسائل بسرعة كبيرة. يرجى الانتظار قليلًا.',
    'Çok hızlı mesaj gönderiyorsunuz. Lütfen biraz bekleyin.',
  ),
};
