import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DESKTOP, screenshot, seriousViolations } from './browser';
import { storySystem } from './story-system';
import { linkTokenFor } from './mail-folder';

const system = storySystem();

describe('account email', () => {
  test('when an Arabic founder signs up, then the emailed link (an .eml in the mail folder) verifies the address, right to left', async () => {
    const context = await system.browser().newContext({ locale: 'ar-LY', viewport: DESKTOP });
    const page = await context.newPage();
    const email = `verify-${Date.now()}@e2e.jisr.test`;
    await page.goto(`${system.jisr().webUrl}/sign-up`);
    await page.getByLabel('البريد الإلكتروني').fill(email);
    await page.getByLabel('كلمة المرور').fill('Tripoli-harbour-7-lanterns');
    await page.getByRole('button', { name: 'إنشاء الحساب' }).click();
    await page.getByRole('status').getByText('افحص بريدك الوارد').waitFor();
    await screenshot(page, 'sign-up-check-inbox-ar');

    await page.goto(
      `${system.jisr().webUrl}/verify-email?token=${await linkTokenFor(system.jisr().dataDir, 'verify', email)}`,
    );
    await page.getByRole('status').getByText(email).waitFor();
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await screenshot(page, 'verify-email-ar');
    assert.deepEqual(await seriousViolations(page), [], 'axe on verify-email (ar)');
    await context.close();
  });

  test('when a reader forgets their password, then the reset link from the mail folder sets a new one they can sign in with', async () => {
    const context = await system.browser().newContext({ locale: 'en-GB', viewport: DESKTOP });
    const page = await context.newPage();
    const email = `reset-${Date.now()}@e2e.jisr.test`;
    await page.goto(`${system.jisr().webUrl}/sign-up`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('Tripoli-harbour-7-lanterns');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('status').getByText('Check your inbox').waitFor();

    await page.goto(`${system.jisr().webUrl}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await page.getByRole('status').waitFor();
    assert.deepEqual(await seriousViolations(page), [], 'axe on forgot-password (en)');
    const token = await linkTokenFor(system.jisr().dataDir, 'reset', email);
    await page.goto(`${system.jisr().webUrl}/reset-password?token=${token}`);
    assert.deepEqual(await seriousViolations(page), [], 'axe on reset-password (en)');
    await page.getByRole('textbox', { name: 'New password' }).fill('Benghazi-lighthouse-9-sails');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByRole('status').getByText('every session was signed out').waitFor();
    await screenshot(page, 'reset-password-done-en');
    await page.getByRole('link', { name: 'Go to sign in' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('Benghazi-lighthouse-9-sails');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My account', exact: true }).waitFor();
    await context.close();
  });
});
