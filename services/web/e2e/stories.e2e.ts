import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, screenshot, seriousViolations } from './browser';
import { startJisr, type RunningJisr } from './jisr-system';

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

const newPage = async (
  locale: string,
  viewport = DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  return { context, page };
};

const assertAccessible = async (page: Page, where: string): Promise<void> => {
  assert.deepEqual(await seriousViolations(page), [], `axe on ${where}`);
};

describe('anyone', () => {
  test('when an Arabic browser opens Jisr for the first time, then the page is Arabic and right-to-left', async () => {
    const { context, page } = await newPage('ar-LY');
    await page.goto(jisr.webUrl);
    await page.getByRole('heading', { name: 'تسجيل الدخول إلى جسر' }).waitFor();
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    await screenshot(page, 'sign-in-ar');
    await assertAccessible(page, 'sign-in (ar)');
    await context.close();
  });

  test('when a reader switches to Türkçe, then the choice is kept on the next visit', async () => {
    const { context, page } = await newPage('en-GB');
    await page.goto(`${jisr.webUrl}/sign-up`);
    await page.getByText('Türkçe').click();
    await page.getByRole('heading', { name: 'Jisr hesabınızı oluşturun' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Jisr hesabınızı oluşturun' }).waitFor();
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    await screenshot(page, 'sign-up-tr');
    await context.close();
  });

  test('when a startup signs up with a short password, then the field error is shown in English', async () => {
    const { context, page } = await newPage('en-GB');
    await page.goto(`${jisr.webUrl}/sign-up`);
    await page.getByLabel('Email').fill(`short-${Date.now()}@e2e.jisr.test`);
    await page.getByLabel('Password').fill('short1');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').waitFor();
    await screenshot(page, 'sign-up-error-en');
    await assertAccessible(page, 'sign-up with an error (en)');
    await context.close();
  });

  test('when a startup signs up, then it is signed in, and signing out ends the session', async () => {
    const { context, page } = await newPage('en-GB');
    await page.goto(`${jisr.webUrl}/sign-up`);
    await page.getByLabel('Email').fill(`founder-${Date.now()}@e2e.jisr.test`);
    await page.getByLabel('Password').fill('Tripoli-harbour-7-lanterns');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('link', { name: 'My account' }).click();
    await page.getByRole('heading', { name: 'My account', exact: true }).waitFor();
    await screenshot(page, 'account-en');
    await assertAccessible(page, 'account (en)');
    const cookies = await context.cookies();
    assert.deepEqual(
      cookies.filter((cookie) => cookie.name === 'jisr_session').map((c) => [c.httpOnly, c.sameSite]),
      [[true, 'Strict']],
    );
    await page.getByRole('button', { name: 'Sign out' }).first().click();
    await page.getByRole('heading', { name: 'Sign in to Jisr' }).waitFor();
    const status = await page.evaluate(async () => (await fetch('/api/session')).status);
    assert.equal(status, 401);
    await context.close();
  });
});
