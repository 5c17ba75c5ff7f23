import type { Locale } from '@jisr/contracts';
import { renderEmail, type MailMessage } from '@jisr/mail';
import type { Quarter } from './quarter';

const TEXTS: Readonly<
  Record<Locale, (quarter: string) => { subject: string; body: string; action: string; footer: string }>
> = {
  en: (quarter) => ({
    subject: `Your quarterly check-in for ${quarter} is missing`,
    body: `The programme asks every startup for a short check-in each quarter: staff, revenue band, investment and deals with Turkish companies. Yours for ${quarter} has not arrived yet; it takes a few minutes.`,
    action: 'Fill in the check-in',
    footer:
      'You get this because your startup takes part in a Jisr programme. We remind you once per quarter.',
  }),
  ar: (quarter) => ({
    subject: `لم يصل تقريرك الفصلي عن ${quarter} بعد`,
    body: `يطلب البرنامج من كل شركة ناشئة تقريرًا قصيرًا كل ربع سنة: عدد الموظفين، وفئة الإيرادات، والاستثمار، والصفقات مع الشركات التركية. لم يصل تقريرك عن ${quarter} بعد، ولا يستغرق سوى دقائق.`,
    action: 'املأ التقرير الفصلي',
    footer: 'وصلتك هذه الرسالة لأن شركتك الناشئة مشاركة في أحد برامج جسر. نذكّرك مرة واحدة في كل ربع سنة.',
  }),
  tr: (quarter) => ({
    subject: `${quarter} için üç aylık bildiriminiz eksik`,
    body: `Program her girişimden üç ayda bir kısa bir bildirim ister: çalışan sayısı, gelir aralığı, yatırım ve Türk şirketleriyle anlaşmalar. ${quarter} bildiriminiz henüz gelmedi; birkaç dakika sürer.`,
    action: 'Bildirimi doldurun',
    footer:
      'Bu e-postayı girişiminiz bir Jisr programına katıldığı için alıyorsunuz. Her çeyrekte bir kez hatırlatırız.',
  }),
};

/** The reminder for a missing quarter's check-in, in the startup's language, linking to its form. */
export const outcomeReminderMail = (
  to: string,
  locale: Locale,
  quarter: Quarter,
  webUrl: string,
): MailMessage => {
  const texts = TEXTS[locale](quarter);
  const url = new URL('/check-in', webUrl);
  url.searchParams.set('quarter', quarter);
  url.searchParams.set('lang', locale);
  const rendered = renderEmail({
    language: locale,
    title: texts.subject,
    paragraphs: [texts.body],
    action: { label: texts.action, url: url.toString() },
    footer: [texts.footer],
  });
  return { to, subject: texts.subject, language: locale, ...rendered };
};
