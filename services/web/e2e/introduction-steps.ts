import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { appText, type Language } from './app-texts';
import { seriousViolations, screenshot } from './browser';
import type { RunningJisr } from './jisr-system';
import { linkTokenFor } from './mail-folder';
// A new startup signs up with the demo password, so the story can also reach the API as it.
import { apiAs, PASSWORD, until } from './meeting-story';

/** A page of the story: wait for it, check axe, keep a screenshot named by page and language. */
export async function checkpoint(page: Page, name: string, language: Language): Promise<void> {
  assert.equal(await page.getAttribute('html', 'dir'), language === 'ar' ? 'rtl' : 'ltr');
  assert.equal(await page.getAttribute('html', 'lang'), language);
  assert.deepEqual(await seriousViolations(page), [], `axe on ${name} (${language})`);
  await screenshot(page, `${name}-${language}`);
}

/** Fills the credentials, sends them, and waits for the signed-in navigation. */
async function submitCredentials(page: Page, language: Language, email: string, submit: string) {
  const t = (id: string) => appText(language, id);
  await page.getByLabel(t('auth:email')).fill(email);
  await page.getByLabel(t('auth:password')).fill(PASSWORD);
  await page.getByRole('button', { name: t(submit) }).click();
  await page
    .getByRole('link', { name: t('common:nav.threads') })
    .first()
    .waitFor({ state: 'attached' });
}

/** Signs up in the browser as a startup; the session cookie is the browser's from then on. */
export async function signUpStartup(page: Page, jisr: RunningJisr, language: Language, email: string) {
  await page.goto(`${jisr.webUrl}/sign-up`);
  await page.getByRole('heading', { name: appText(language, 'auth:signUp.title') }).waitFor();
  await page.getByRole('radio', { name: appText(language, 'auth:signUp.asStartup') }).check();
  await page.getByLabel(appText(language, 'auth:email')).fill(email);
  await page.getByLabel(appText(language, 'auth:password')).fill(PASSWORD);
  await page.getByRole('button', { name: appText(language, 'auth:signUp.submit') }).click();
  // Sign-up asks to confirm the address by mail: the founder opens the emailed link (an .eml in embedded
  // mode's mail folder), then signs in — only a confirmed address may request introductions.
  await page.getByText(appText(language, 'auth:signUp.checkInbox', { email })).waitFor();
  await page.goto(`${jisr.webUrl}/verify-email?token=${await linkTokenFor(jisr.dataDir, 'verify', email)}`);
  await page.getByRole('status').getByText(email).waitFor();
  await signIn(page, jisr, language, email);
}

export async function signIn(page: Page, jisr: RunningJisr, language: Language, email: string) {
  await page.goto(`${jisr.webUrl}/sign-in`);
  await submitCredentials(page, language, email, 'auth:signIn.submit');
}

/** The startup completes its guided profile on the profile page, in the reader's language. */
export async function completeProfile(page: Page, jisr: RunningJisr, language: Language, latinName: string) {
  const t = (id: string, values?: Record<string, string | number>) => appText(language, id, values);
  await page.goto(`${jisr.webUrl}/profile`);
  await page.getByRole('heading', { name: t('profiles:startup.title') }).waitFor();
  await page.getByLabel(t('profiles:startup.nameLatin')).fill(latinName);
  await page.getByLabel(t('profiles:startup.nameAr')).fill('نور للطاقة الشمسية');
  await page
    .getByLabel(t('profiles:startup.pitch'))
    .fill('Rooftop solar with battery storage for clinics and schools in western Libya.');
  // ISIC division 35 (electricity), found by its code in the searchable picker.
  await page.getByRole('textbox', { name: t('profiles:sector.label') }).fill('35');
  await page.getByRole('option', { name: /^35 · / }).click();
  await page.getByLabel(t('profiles:startup.stage')).selectOption('prototype');
  await page.getByLabel(t('profiles:startup.city')).selectOption('tripoli');
  await page.getByLabel(t('profiles:startup.teamSize')).fill('6');
  await page.getByLabel(t('profiles:startup.foundedYear')).fill('2023');
  await page.getByRole('button', { name: t('profiles:languageRow.add') }).click();
  await page.getByLabel(t('profiles:languageRow.language', { n: 2 }), { exact: true }).selectOption('en');
  await page.getByLabel(t('profiles:languageRow.level', { n: 2 })).selectOption('fluent');
  await page.getByRole('checkbox', { name: t('profiles:need.mentoring') }).check();
  await page.getByRole('checkbox', { name: t('profiles:need.investment') }).check();
  await page.getByLabel(t('profiles:startup.amount')).fill('250000');
  await page.getByRole('button', { name: t('profiles:save') }).click();
  await page.getByText(t('profiles:saved')).waitFor();
}

/** The council verifies the startup through the API; matching then recommends from both events. */
export async function verifyByCouncil(jisr: RunningJisr, email: string) {
  const startup = await apiAs(jisr, email);
  const council = await apiAs(jisr, 'council@jisr.example');
  const verified = await council.call('profile', 'POST', `/v1/startups/${startup.sub}/verification`, {
    decision: 'verified',
  });
  assert.ok(verified.status < 300, JSON.stringify(verified.body));
  await until(async () => {
    const reply = await startup.call('matching', 'GET', `/v1/startups/${startup.sub}/recommendations`);
    return reply.status === 200 && (reply.body['items'] as unknown[]).length > 0 ? true : undefined;
  }, 'recommendations for the verified startup');
}
