import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, PHONE, screenshot, seriousViolations } from './browser';
import { startJisr, type RunningJisr } from './jisr-system';
import { completeStartupProfileInArabic, signUpInArabic } from './profile-pages';

let jisr: RunningJisr;
let browser: Browser;

before(async () => {
  jisr = await startJisr();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await jisr?.stop();
});

const assertAccessible = async (page: Page, where: string): Promise<void> => {
  assert.deepEqual(await seriousViolations(page), [], `axe on ${where}`);
};

const switchTo = async (page: Page, language: 'English' | 'Türkçe' | 'العربية') => {
  await page.getByText(language, { exact: true }).click();
};

describe('startup profile', () => {
  test('when a startup signs up and completes its profile in Arabic, then its sector is found by an Arabic word and it waits for verification', async () => {
    const context = await browser.newContext({ locale: 'ar-LY', viewport: DESKTOP });
    const page = await context.newPage();
    await signUpInArabic(jisr.webUrl, page, 'startup');

    await completeStartupProfileInArabic(jisr.webUrl, page);

    await page.getByText('بانتظار التحقق').waitFor();
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    // The status sits above the form: the screenshots show the page from its top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'profile-startup-ar');
    await assertAccessible(page, 'startup profile (ar)');
    await switchTo(page, 'English');
    await page.getByText('Pending verification').waitFor();
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    await screenshot(page, 'profile-startup-en');
    await assertAccessible(page, 'startup profile (en)');
    await switchTo(page, 'Türkçe');
    await page.getByText('Doğrulama bekleniyor').waitFor();
    await screenshot(page, 'profile-startup-tr');
    await context.close();
  });

  test('when a startup opens its profile on a 390×844 phone in Arabic, then the form fits the screen', async () => {
    const context = await browser.newContext({ locale: 'ar', viewport: PHONE });
    const page = await context.newPage();
    await signUpInArabic(jisr.webUrl, page, 'startup');

    await page.goto(`${jisr.webUrl}/profile`);
    await page.getByRole('heading', { name: 'ملف شركتي الناشئة' }).waitFor();

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `the page fits the phone's width (${width}px)`);
    await screenshot(page, 'phone-profile-startup-ar');
    await assertAccessible(page, 'startup profile on a phone (ar)');
    await context.close();
  });
});
