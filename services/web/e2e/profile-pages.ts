import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

// The sign-up and sign-in pages' words in the languages these stories use.
const SIGN_UP = {
  ar: {
    advisor: 'موجّه أو مستثمر',
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    submit: 'إنشاء الحساب',
    signIn: 'تسجيل الدخول',
    account: 'حسابي',
  },
  tr: {
    advisor: 'Mentor veya yatırımcı',
    email: 'E-posta',
    password: 'Parola',
    submit: 'Hesap oluştur',
    signIn: 'Giriş yap',
    account: 'Hesabım',
  },
} as const;

/** Signs a new startup or advisor up through the sign-up page, then in, in Arabic or Turkish. */
export async function signUpAs(
  webUrl: string,
  page: Page,
  role: 'startup' | 'advisor',
  language: keyof typeof SIGN_UP,
): Promise<string> {
  const words = SIGN_UP[language];
  const email = `${role}-${Date.now()}@profiles.e2e.jisr.test`;
  await page.goto(`${webUrl}/sign-up`);
  if (role === 'advisor') await page.getByLabel(words.advisor).check();
  await page.getByLabel(words.email).fill(email);
  await page.getByLabel(words.password).fill('Tripoli-harbour-7-lanterns');
  await page.getByRole('button', { name: words.submit }).click();
  // Sign-up only says "check your inbox"; unverified accounts may sign in and write their profile.
  await page.getByRole('status').first().waitFor();
  await page.goto(`${webUrl}/sign-in`);
  await page.getByLabel(words.email).fill(email);
  await page.getByLabel(words.password).fill('Tripoli-harbour-7-lanterns');
  await page.getByRole('button', { name: words.signIn }).click();
  await page.getByRole('heading', { name: words.account, exact: true }).waitFor();
  return email;
}

/** A startup completes its profile through the form, finding its sector by an Arabic word. */
export async function completeStartupProfileInArabic(webUrl: string, page: Page): Promise<void> {
  await page.goto(`${webUrl}/profile`);
  await page.getByRole('heading', { name: 'ملف شركتي الناشئة' }).waitFor();
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await page.getByLabel('اسم الشركة (بالحروف اللاتينية)').fill('Noor Grid');
  await page.getByRole('textbox', { name: 'القطاع (ISIC)' }).fill('الكهرباء');
  await page.getByRole('option', { name: /^35 · إمدادات الكهرباء/ }).click();
  await page.getByLabel('نبذة قصيرة').fill('شبكات طاقة شمسية صغيرة للعيادات في مصراتة.');
  await page.getByLabel('المرحلة').selectOption({ label: 'نموذج أولي' });
  await page.getByLabel('المدينة').selectOption({ label: 'مصراتة' });
  await page.getByLabel('عدد أعضاء الفريق').fill('5');
  await page.getByLabel('سنة التأسيس').fill('2024');
  await page.getByLabel('استثمار', { exact: true }).check();
  await page.getByLabel('المبلغ المطلوب (بالدولار الأمريكي)').fill('80000');
  await page.getByRole('button', { name: 'احفظ ملفي' }).click();
  await page.getByText('حُفظ ملفك.').waitFor();
}

/** A new mentor writes a profile in Turkish, finding a sector by a Turkish word. */
export async function writeAdvisorProfileInTurkish(webUrl: string, page: Page): Promise<void> {
  await page.goto(`${webUrl}/profile`);
  await page.getByRole('heading', { name: 'Mentor / yatırımcı profilim' }).waitFor();
  await page.getByLabel('Girişimlerin göreceği adınız').fill('Elif Kaya');
  await page.getByLabel('Kurum').fill('Anadolu Enerji');
  await page.getByRole('textbox', { name: 'Sektörler' }).fill('elektrik');
  await page.getByRole('option', { name: /^35 · Elektrik/ }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('Prototip').check();
  await page.getByLabel('Büyüme').check();
  await page.getByRole('button', { name: 'Profilimi kaydet' }).click();
  await page.getByText('Profiliniz kaydedildi.').waitFor();
}
