import type { LocalizedText } from '@jisr/contracts';

const t = (en: string, ar: string, tr: string): LocalizedText => ({ en, ar, tr });

/**
 * The strength estimator's feedback, by field-issue code (`password.warning.<key>`,
 * `password.suggestion.<key>`), in the three languages Jisr speaks.
 */
export const PASSWORD_FEEDBACK: Readonly<Record<string, LocalizedText>> = {
  'password.warning.tooGuessable': t(
    'This password is too easy to guess.',
    'كلمة المرور هذه سهلة التخمين.',
    'Bu parola kolay tahmin edilir.',
  ),
  'password.warning.straightRow': t(
    'Straight rows of keys on your keyboard are easy to guess.',
    'الصفوف المتتالية من مفاتيح لوحة المفاتيح سهلة التخمين.',
    'Klavyedeki düz tuş sıraları kolay tahmin edilir.',
  ),
  'password.warning.keyPattern': t(
    'Short keyboard patterns are easy to guess.',
    'أنماط لوحة المفاتيح القصيرة سهلة التخمين.',
    'Kısa klavye desenleri kolay tahmin edilir.',
  ),
  'password.warning.simpleRepeat': t(
    'Repeated characters like "aaa" are easy to guess.',
    'الأحرف المكررة مثل "aaa" سهلة التخمين.',
    '"aaa" gibi tekrarlanan karakterler kolay tahmin edilir.',
  ),
  'password.warning.extendedRepeat': t(
    'Repeated patterns like "abcabcabc" are easy to guess.',
    'الأنماط المكررة مثل "abcabcabc" سهلة التخمين.',
    '"abcabcabc" gibi tekrarlanan desenler kolay tahmin edilir.',
  ),
  'password.warning.sequences': t(
    'Common sequences like "abc" or "123" are easy to guess.',
    'التسلسلات الشائعة مثل "abc" أو "123" سهلة التخمين.',
    '"abc" veya "123" gibi yaygın diziler kolay tahmin edilir.',
  ),
  'password.warning.recentYears': t(
    'Recent years are easy to guess.',
    'السنوات الأخيرة سهلة التخمين.',
    'Yakın yıllar kolay tahmin edilir.',
  ),
  'password.warning.dates': t(
    'Dates are easy to guess.',
    'التواريخ سهلة التخمين.',
    'Tarihler kolay tahmin edilir.',
  ),
  'password.warning.topTen': t(
    'This is one of the most used passwords.',
    'هذه من أكثر كلمات المرور استخدامًا.',
    'Bu, en çok kullanılan parolalardan biri.',
  ),
  'password.warning.topHundred': t(
    'This is a very frequently used password.',
    'هذه كلمة مرور شائعة الاستخدام جدًا.',
    'Bu çok sık kullanılan bir parola.',
  ),
  'password.warning.common': t(
    'This is a commonly used password.',
    'هذه كلمة مرور شائعة.',
    'Bu yaygın olarak kullanılan bir parola.',
  ),
  'password.warning.similarToCommon': t(
    'This is similar to a commonly used password.',
    'هذه تشبه كلمة مرور شائعة.',
    'Bu, yaygın bir parolaya benziyor.',
  ),
  'password.warning.wordByItself': t(
    'A single word is easy to guess.',
    'الكلمة المنفردة سهلة التخمين.',
    'Tek bir kelime kolay tahmin edilir.',
  ),
  'password.warning.namesByThemselves': t(
    'Single names or surnames are easy to guess.',
    'الأسماء أو الألقاب المنفردة سهلة التخمين.',
    'Tek başına ad veya soyadlar kolay tahmin edilir.',
  ),
  'password.warning.commonNames': t(
    'Common names and surnames are easy to guess.',
    'الأسماء والألقاب الشائعة سهلة التخمين.',
    'Yaygın ad ve soyadlar kolay tahmin edilir.',
  ),
  'password.warning.userInputs': t(
    'Do not use your email address or other personal data.',
    'لا تستخدم بريدك الإلكتروني أو بيانات شخصية أخرى.',
    'E-posta adresinizi veya başka kişisel verileri kullanmayın.',
  ),
  'password.warning.pwned': t(
    'This password was exposed in a data breach.',
    'كُشفت كلمة المرور هذه في تسريب بيانات.',
    'Bu parola bir veri ihlalinde açığa çıktı.',
  ),
  'password.suggestion.l33t': t(
    "Avoid predictable substitutions like '@' for 'a'.",
    "تجنب الاستبدالات المتوقعة مثل '@' بدل 'a'.",
    "'a' yerine '@' gibi tahmin edilebilir değişikliklerden kaçının.",
  ),
  'password.suggestion.reverseWords': t(
    'Avoid common words spelled backwards.',
    'تجنب الكلمات الشائعة المكتوبة بالمقلوب.',
    'Tersten yazılmış yaygın kelimelerden kaçının.',
  ),
  'password.suggestion.allUppercase': t(
    'Capitalise some, but not all letters.',
    'استخدم الأحرف الكبيرة في بعض الأحرف لا كلها.',
    'Harflerin hepsini değil, bazılarını büyük yazın.',
  ),
  'password.suggestion.capitalization': t(
    'Capitalise more than the first letter.',
    'استخدم أحرفًا كبيرة في غير الحرف الأول أيضًا.',
    'Yalnızca ilk harfi değil, başka harfleri de büyük yazın.',
  ),
  'password.suggestion.dates': t(
    'Avoid dates and years associated with you.',
    'تجنب التواريخ والسنوات المرتبطة بك.',
    'Sizinle ilişkili tarih ve yıllardan kaçının.',
  ),
  'password.suggestion.recentYears': t(
    'Avoid recent years.',
    'تجنب السنوات الأخيرة.',
    'Yakın yıllardan kaçının.',
  ),
  'password.suggestion.associatedYears': t(
    'Avoid years associated with you.',
    'تجنب السنوات المرتبطة بك.',
    'Sizinle ilişkili yıllardan kaçının.',
  ),
  'password.suggestion.sequences': t(
    'Avoid common character sequences.',
    'تجنب تسلسلات الأحرف الشائعة.',
    'Yaygın karakter dizilerinden kaçının.',
  ),
  'password.suggestion.repeated': t(
    'Avoid repeated words and characters.',
    'تجنب تكرار الكلمات والأحرف.',
    'Tekrarlanan kelime ve karakterlerden kaçının.',
  ),
  'password.suggestion.longerKeyboardPattern': t(
    'Use longer keyboard patterns and change direction often.',
    'استخدم أنماطًا أطول على لوحة المفاتيح وغيّر الاتجاه مرارًا.',
    'Daha uzun klavye desenleri kullanın ve yönü sık değiştirin.',
  ),
  'password.suggestion.anotherWord': t(
    'Add more words that are less common.',
    'أضف كلمات أكثر وأقل شيوعًا.',
    'Daha az yaygın birkaç kelime daha ekleyin.',
  ),
  'password.suggestion.useWords': t(
    'Use several words, but avoid common phrases.',
    'استخدم عدة كلمات، وتجنب العبارات الشائعة.',
    'Birkaç kelime kullanın, ama yaygın ifadelerden kaçının.',
  ),
  'password.suggestion.noNeed': t(
    'Strong passwords need no symbols, digits or capitals.',
    'لا تحتاج كلمة المرور القوية إلى رموز أو أرقام أو أحرف كبيرة.',
    'Güçlü bir parola için sembol, rakam veya büyük harf gerekmez.',
  ),
  'password.suggestion.pwned': t(
    'If you use this password elsewhere, change it.',
    'إن كنت تستخدم كلمة المرور هذه في مكان آخر فغيّرها.',
    'Bu parolayı başka yerde kullanıyorsanız değiştirin.',
  ),
};
