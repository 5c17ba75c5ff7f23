import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** Signs a new startup up through the sign-up page, in Arabic. */
export async function signUpInArabic(
  webUrl: string,
  page: Page,
  role: 'startup' | 'advisor',
): Promise<string> {
  const email = `${role}-${Date.now()}@profiles.e2e.jisr.test`;
  await page.goto(`${webUrl}/sign-up`);
  if (role === 'advisor') await page.getByLabel('موجّه أو مستثمر').check();
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByLabel('كلمة المرور').fill('Tripoli-harbour-7-lanterns');
  await page.getByRole('button', { name: 'إنشاء الحساب' }).click();
  await page.getByRole('heading', { name: 'حسابي', exact: true }).waitFor();
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
