import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, PHONE, screenshot, assertAccessible } from './browser';
import { storySystem } from './story-system';
import { shownNumber, signInAsCouncil } from './console-story';
import { ADVISOR, anAcceptedIntroduction, apiAs, shownAt, STARTUP, until } from './meeting-story';

const system = storySystem();

const newPage = async (
  locale: string,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await system.browser().newContext({ locale, viewport });
  const page = await context.newPage();
  return { context, page };
};

describe('anyone', () => {
  test('when an Arabic browser opens Jisr for the first time, then the page is Arabic and right-to-left', async () => {
    const { context, page } = await newPage('ar-LY');
    await page.goto(system.jisr().webUrl);
    await page.getByRole('heading', { name: 'تسجيل الدخول إلى جسر' }).waitFor();
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    await screenshot(page, 'sign-in-ar');
    await assertAccessible(page, 'sign-in (ar)');
    await context.close();
  });

  test('when a reader switches to Türkçe, then the choice is kept on the next visit', async () => {
    const { context, page } = await newPage('en-GB');
    await page.goto(`${system.jisr().webUrl}/sign-up`);
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
    await page.goto(`${system.jisr().webUrl}/sign-up`);
    await page.getByLabel('Email').fill(`short-${Date.now()}@e2e.jisr.test`);
    await page.getByLabel('Password').fill('short1');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').waitFor();
    // Once in the summary, once under the password field itself.
    assert.equal(await page.getByText('must be at least 10 characters').count(), 2);
    await screenshot(page, 'sign-up-error-en');
    await assertAccessible(page, 'sign-up with an error (en)');
    await context.close();
  });

  test('when a startup signs up, then it is asked to check its inbox, can sign in, and signing out ends the session', async () => {
    const { context, page } = await newPage('en-GB');
    const email = `founder-${Date.now()}@e2e.jisr.test`;
    await page.goto(`${system.jisr().webUrl}/sign-up`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('Tripoli-harbour-7-lanterns');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('status').getByText('Check your inbox').waitFor();
    // Unverified accounts may sign in; they cannot request or accept introductions yet.
    await page.goto(`${system.jisr().webUrl}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('Tripoli-harbour-7-lanterns');
    await page.getByRole('button', { name: 'Sign in' }).click();
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

describe('on a phone', () => {
  test('when a demo startup signs in in Arabic on a 390×844 screen, then the menu opens from the burger and the page stays right-to-left', async () => {
    const { context, page } = await newPage('ar', PHONE);
    await page.goto(`${system.jisr().webUrl}/sign-in`);
    await page.getByLabel('البريد الإلكتروني').fill('shams-solar@startups.jisr.example');
    await page.getByLabel('كلمة المرور').fill('jisr-demo-2017');
    await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
    await page.getByRole('heading', { name: 'حسابي', exact: true }).waitFor();
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the page fits the phone's width (${width}px)`);
    await page.getByRole('button', { name: 'افتح القائمة' }).click();
    await page.getByRole('link', { name: 'المطابقات' }).waitFor();
    await screenshot(page, 'phone-menu-ar');
    await page.getByRole('button', { name: 'افتح القائمة' }).click();
    // Closed, the drawer stays in the page but moves out of the screen (no transition: at once).
    await page.locator('.mantine-Burger-root:not([data-opened])').waitFor();
    await screenshot(page, 'phone-account-ar');
    await assertAccessible(page, 'account on a phone (ar)');
    await context.close();
  });
});

describe('meetings', () => {
  const signIn = async (page: Page, email: string) => {
    await page.goto(`${system.jisr().webUrl}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('jisr-demo-2017');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Meetings' }).waitFor();
  };

  test('when the startup books a slot in Tripoli time, then the advisor sees it in Istanbul time, moves it, and the council console pipeline shows one meeting', async () => {
    const { id, startup } = await anAcceptedIntroduction(system.jisr());
    const slots = (await startup.call('messaging', 'GET', `/v1/introductions/${id}/slots`)).body['slots'] as {
      startsAt: string;
    }[];
    const [first, second] = slots.map((slot) => slot.startsAt);
    assert.ok(first !== undefined && second !== undefined);

    const asStartup = await newPage('en-GB');
    await signIn(asStartup.page, STARTUP);
    await asStartup.page.goto(`${system.jisr().webUrl}/introductions/${id}/meeting`);
    await asStartup.page.getByRole('radio', { name: shownAt(first, 'Africa/Tripoli') }).check();
    await asStartup.page.getByLabel('Agenda').fill('Financing rooftop solar for clinics');
    await asStartup.page.getByLabel('Online meeting link (https)').fill('https://meet.jisr.example/shams');
    await assertAccessible(asStartup.page, 'book a meeting (en)');
    await asStartup.page.getByRole('button', { name: 'Book this time' }).click();
    await asStartup.page.getByText('Meeting booked').waitFor();
    await screenshot(asStartup.page, 'meeting-booked-en');
    await asStartup.context.close();

    const asAdvisor = await newPage('en-GB');
    await signIn(asAdvisor.page, ADVISOR);
    await asAdvisor.page.goto(`${system.jisr().webUrl}/meetings`);
    await asAdvisor.page.getByText(shownAt(first, 'Europe/Istanbul'), { exact: true }).waitFor();
    // The advisor moves it with the meeting's own controls, to a free time shown in Istanbul time.
    const card = asAdvisor.page.getByRole('article', { name: 'Financing rooftop solar for clinics' });
    await card.getByRole('button', { name: 'Reschedule' }).click();
    await card.getByLabel('New time (your time zone)').selectOption(second);
    await card.getByLabel('Reason (the other side sees it)').fill('A site visit moved into the hour');
    await assertAccessible(asAdvisor.page, 'rescheduling a meeting (en)');
    await card.getByRole('button', { name: 'Move the meeting' }).click();
    await card.getByText('Mentor: A site visit moved into the hour').waitFor();
    // The form closes once the meeting is moved; the controls are offered again.
    await card.getByRole('button', { name: 'Reschedule' }).waitFor();
    await asAdvisor.page.getByText(shownAt(second, 'Europe/Istanbul'), { exact: true }).waitFor();
    await screenshot(asAdvisor.page, 'meetings-advisor-en');
    await asAdvisor.context.close();

    const council = await apiAs(system.jisr(), 'council@jisr.example');
    const funnel = await until(async () => {
      const reply = await council.call('matching', 'GET', '/v1/pipeline/funnel');
      return reply.body['meetings']?.['scheduled'] === 1 ? reply.body : undefined;
    }, 'one meeting in the pipeline');
    assert.equal(funnel['meetings']['scheduled'], 1);

    // The council sees it on its console's pipeline: one scheduled meeting (the moved one, not two).
    const asCouncil = await newPage('en-GB');
    await signInAsCouncil(system.jisr().webUrl, asCouncil.page, {
      email: 'Email',
      password: 'Password',
      submit: 'Sign in',
    });
    await until(async () => {
      await asCouncil.page.reload();
      await asCouncil.page.getByTestId('meetings-scheduled').waitFor();
      return (await shownNumber(asCouncil.page, 'meetings-scheduled')) === 1 ? true : undefined;
    }, 'one scheduled meeting on the console pipeline');
    await screenshot(asCouncil.page, 'console-pipeline-meeting-en');
    await asCouncil.context.close();
  });
});
