import type { LocalizedText } from '@jisr/contracts';
import { MEETING_TEXTS } from '../meetings/meeting-texts';
import type { Notification, NotificationKind } from './notification';

const days = (n: number): LocalizedText => ({
  ar: n === 1 ? 'يوم واحد' : n === 2 ? 'يومان' : `${n} أيام`,
  tr: `${n} gün`,
  en: n === 1 ? '1 day' : `${n} days`,
});

const TEXTS: Record<NotificationKind, (params: Readonly<Record<string, number>>) => LocalizedText> = {
  'introduction.received': () => ({
    ar: 'وصلك طلب تعارف جديد من شركة ناشئة.',
    tr: 'Bir girişimden yeni bir tanışma talebi aldınız.',
    en: 'You have a new introduction request from a startup.',
  }),
  'introduction.withdrawn': () => ({
    ar: 'سحبت الشركة الناشئة طلب التعارف.',
    tr: 'Girişim tanışma talebini geri çekti.',
    en: 'The startup withdrew its introduction request.',
  }),
  'introduction.accepted': () => ({
    ar: 'قُبل طلب التعارف الخاص بك. يمكنك الآن بدء المحادثة.',
    tr: 'Tanışma talebiniz kabul edildi. Artık sohbete başlayabilirsiniz.',
    en: 'Your introduction request was accepted. You can start the conversation now.',
  }),
  'introduction.declined': () => ({
    ar: 'اعتذر المستشار عن طلب التعارف. يمكنك طلب التعارف مع شخص آخر.',
    tr: 'Danışman tanışma talebinizi reddetti. Başka birinden tanışma isteyebilirsiniz.',
    en: 'The advisor declined your introduction request. You can ask someone else.',
  }),
  'introduction.info-requested': () => ({
    ar: 'يطلب المستشار مزيدًا من المعلومات قبل أن يقرر.',
    tr: 'Danışman karar vermeden önce daha fazla bilgi istiyor.',
    en: 'The advisor is asking for more information before deciding.',
  }),
  'introduction.info-provided': () => ({
    ar: 'أجابت الشركة الناشئة على سؤالك؛ عادت المهلة إلى السريان.',
    tr: 'Girişim sorunuzu yanıtladı; yanıt süresi yeniden işliyor.',
    en: 'The startup answered your question; the response deadline is running again.',
  }),
  'introduction.expired': () => ({
    ar: 'انتهت مهلة الرد على طلب التعارف دون رد. يمكنك طلب التعارف مع شخص آخر.',
    tr: 'Tanışma talebiniz yanıtlanmadan süresi doldu. Başka birinden tanışma isteyebilirsiniz.',
    en: 'Your introduction request expired without an answer. You can ask someone else.',
  }),
  'introduction.info-unanswered': () => ({
    ar: 'لم تصل الإجابة عن سؤال المستشار في موعدها، فأُغلق طلب التعارف.',
    tr: 'Danışmanın sorusu zamanında yanıtlanmadı, bu yüzden tanışma talebi kapatıldı.',
    en: 'The advisor’s question was not answered in time, so the introduction request was closed.',
  }),
  'introduction.released': () => ({
    ar: 'المستشار غير متاح حاليًا، لذا أُغلق طلبك. يمكنك طلب التعارف مع شخص آخر.',
    tr: 'Danışman şu anda müsait değil, bu yüzden talebiniz kapatıldı. Başka birinden tanışma isteyebilirsiniz.',
    en: 'The advisor is not available at the moment, so your request was closed. You can ask someone else.',
  }),
  'introduction.completed': (p) => ({
    ar: `اكتمل التعارف بتقييم ${p['rating'] ?? 0} من 5.`,
    tr: `Tanışma 5 üzerinden ${p['rating'] ?? 0} puanla tamamlandı.`,
    en: `The introduction was completed with a rating of ${p['rating'] ?? 0} out of 5.`,
  }),
  'deadline.reminder': (p) => {
    const left = days(p['days'] ?? 1);
    return {
      ar: `تبقّى ${left.ar} للرد على طلب تعارف.`,
      tr: `Bir tanışma talebini yanıtlamak için ${left.tr} kaldı.`,
      en: `${left.en[0]?.toUpperCase() ?? ''}${left.en.slice(1)} left to answer an introduction request.`,
    };
  },
  'message.received': () => ({
    ar: 'لديك رسالة جديدة في محادثة.',
    tr: 'Bir sohbette yeni mesajınız var.',
    en: 'You have a new message in a conversation.',
  }),
  ...MEETING_TEXTS,
};

export const notificationText = (n: Pick<Notification, 'kind' | 'params'>): LocalizedText =>
  TEXTS[n.kind](n.params);

/** How an erased person appears wherever their name used to be. */
export const DELETED_USER: LocalizedText = {
  ar: 'مستخدم محذوف',
  tr: 'Silinmiş kullanıcı',
  en: 'Deleted user',
};
