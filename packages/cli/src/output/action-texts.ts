import type { Locale } from '@jisr/contracts';

/** What the follow-up, account and notification commands print, in the three languages Jisr speaks. */
const EN = {
  signedUp: (email: string, role: string) =>
    `Account created for ${email} (${role}) and logged in. Check your inbox to verify the address before requesting or accepting introductions. Next: jisr profile --file <profile.json>`,
  asked: (id: string) => `Question sent; introduction ${id} now waits for the startup's answer.`,
  answered: (id: string) => `Answer sent; introduction ${id} waits for the advisor's decision again.`,
  completed: (id: string, rating: number) => `Introduction ${id} completed with rating ${rating}/5.`,
  withdrawn: (id: string) => `Request ${id} withdrawn.`,
  markedRead: 'All notifications marked read.',
  profileSaved: (id: string, verification: string) => `Profile ${id} saved (verification: ${verification}).`,
  paused: 'You are paused: no new introduction requests reach you until you resume.',
  resumed: 'You are taking introduction requests again.',
  kind: 'Kind',
  text: 'Text',
  when: 'When',
};
type ActionTexts = typeof EN;

const AR: ActionTexts = {
  signedUp: (email, role) =>
    `أُنشئ الحساب ${email} (${role}) وتم تسجيل الدخول. افحص بريدك لتأكيد العنوان قبل طلب التعارف أو قبوله. التالي: jisr profile --file <profile.json>`,
  asked: (id) => `أُرسل السؤال؛ التعارف ${id} ينتظر الآن إجابة الشركة الناشئة.`,
  answered: (id) => `أُرسلت الإجابة؛ التعارف ${id} ينتظر قرار المستشار من جديد.`,
  completed: (id, rating) => `اكتمل التعارف ${id} بتقييم ${rating}/5.`,
  withdrawn: (id) => `سُحب الطلب ${id}.`,
  markedRead: 'عُلّمت كل الإشعارات كمقروءة.',
  profileSaved: (id, verification) => `حُفظ الملف ${id} (التحقق: ${verification}).`,
  paused: 'أنت في وضع الإيقاف: لن تصلك طلبات تعارف جديدة حتى تستأنف.',
  resumed: 'عدت إلى استقبال طلبات التعارف.',
  kind: 'النوع',
  text: 'النص',
  when: 'الوقت',
};

const TR: ActionTexts = {
  signedUp: (email, role) =>
    `${email} (${role}) hesabı oluşturuldu ve oturum açıldı. Tanışma istemeden veya kabul etmeden önce adresi doğrulamak için gelen kutunuza bakın. Sonraki adım: jisr profile --file <profile.json>`,
  asked: (id) => `Soru gönderildi; ${id} tanışması şimdi girişimin yanıtını bekliyor.`,
  answered: (id) => `Yanıt gönderildi; ${id} tanışması yeniden danışmanın kararını bekliyor.`,
  completed: (id, rating) => `${id} tanışması ${rating}/5 puanla tamamlandı.`,
  withdrawn: (id) => `${id} talebi geri çekildi.`,
  markedRead: 'Tüm bildirimler okundu olarak işaretlendi.',
  profileSaved: (id, verification) => `${id} profili kaydedildi (doğrulama: ${verification}).`,
  paused: 'Duraklatıldınız: devam edene kadar yeni tanışma talebi almayacaksınız.',
  resumed: 'Yeniden tanışma talebi alıyorsunuz.',
  kind: 'Tür',
  text: 'Metin',
  when: 'Zaman',
};

const BY_LOCALE: Record<Locale, ActionTexts> = { en: EN, ar: AR, tr: TR };
export const actionTextsFor = (locale: Locale): ActionTexts => BY_LOCALE[locale];
