import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, screenshot, assertAccessible } from './browser';
import { storySystem } from './story-system';
import { completeStartupProfileInArabic, signUpAs, writeAdvisorProfileInTurkish } from './profile-pages';
import { ADVISOR } from './meeting-story';

const system = storySystem();

const switchTo = async (page: Page, language: 'English' | 'Türkçe' | 'العربية') => {
  await page.getByText(language, { exact: true }).click();
};

describe('startup profile', () => {
  test('when a startup signs up and completes its profile in Arabic, then its sector is found by an Arabic word, it waits for verification and the page fits a phone', async () => {
    const context = await system.browser().newContext({ locale: 'ar-LY', viewport: DESKTOP });
    const page = await context.newPage();
    await signUpAs(system.jisr().webUrl, page, 'startup', 'ar');

    await completeStartupProfileInArabic(system.jisr().webUrl, page);

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

    await page.setViewportSize(PHONE);
    await switchTo(page, 'العربية');
    await page.getByText('بانتظار التحقق').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `the page fits the phone's width (${width}px)`);
    await screenshot(page, 'phone-profile-startup-ar');
    await assertAccessible(page, 'startup profile on a phone (ar)');
    await context.close();
  });
});

describe('mentor / investor profile', () => {
  test('when a new mentor writes a profile in Turkish, pauses and resumes, then profile keeps each state and the page says so', async () => {
    const context = await system.browser().newContext({ locale: 'tr-TR', viewport: DESKTOP });
    const page = await context.newPage();
    await signUpAs(system.jisr().webUrl, page, 'advisor', 'tr');

    await writeAdvisorProfileInTurkish(system.jisr().webUrl, page);
    await page.getByText('Doğrulama bekleniyor').waitFor();
    await page.getByRole('button', { name: 'Yeni tanışmaları duraklat' }).click();
    await page.getByText('Duraklatıldınız: girişimler sizi eşleşmelerinde görmez.').waitFor();
    await page.getByRole('button', { name: 'Yeni tanışmalara devam et' }).click();
    await page.getByText('Yeni tanışma talepleri alıyorsunuz.').waitFor();

    await page.reload();
    await page.getByText('Yeni tanışma talepleri alıyorsunuz.').waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: 'Girişimlerin göreceği adınız' }).inputValue(),
      'Elif Kaya',
    );
    await screenshot(page, 'profile-advisor-tr');
    await switchTo(page, 'العربية');
    await page.getByRole('heading', { name: 'ملفي كمرشد / مستثمر' }).waitFor();
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await screenshot(page, 'profile-advisor-ar');
    await assertAccessible(page, 'advisor profile (ar)');
    await switchTo(page, 'English');
    await page.getByRole('heading', { name: 'My mentor / investor profile' }).waitFor();
    await screenshot(page, 'profile-advisor-en');
    await assertAccessible(page, 'advisor profile (en)');
    await context.close();
  });

  test('when a verified mentor opens best-fitting startups, then startups come ranked with their reasons', async () => {
    const context = await system.browser().newContext({ locale: 'en-GB', viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${system.jisr().webUrl}/sign-in`);
    await page.getByLabel('Email').fill(ADVISOR);
    await page.getByLabel('Password').fill('jisr-demo-2017');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('link', { name: 'Best-fitting startups' }).click();
    await page.getByRole('heading', { name: 'Startups that fit you best' }).waitFor();

    await page.getByRole('article').first().waitFor();
    assert.ok((await page.getByRole('article').count()) > 0);
    assert.ok((await page.getByRole('article').first().getByRole('progressbar').count()) > 0);
    await screenshot(page, 'best-startups-en');
    await assertAccessible(page, 'best-fitting startups (en)');
    await switchTo(page, 'العربية');
    await page.getByRole('heading', { name: 'الشركات الناشئة الأنسب لك' }).waitFor();
    await page.getByRole('article').first().waitFor();
    await screenshot(page, 'best-startups-ar');
    await assertAccessible(page, 'best-fitting startups (ar)');
    await context.close();
  });
});
