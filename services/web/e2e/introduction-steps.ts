import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { appText, type Language } from './app-texts';
import { seriousViolations, screenshot } from './browser';
import type { RunningJisr } from './jisr-system';
// A new startup signs up with the demo password, so the story can also reach the API as it.
import { apiAs, PASSWORD, until } from './meeting-story';

/** A page of the story: wait for it, check axe, keep a screenshot named by page and language. */
export async function checkpoint(page: Page, name: string, language: Language): Promise<void> {
  assert.equal(await page.getAttribute('html', 'dir'), language === 'ar' ? 'rtl' : 'ltr');
  assert.equal(await page.getAttribute('html', 'lang'), language);
  assert.deepEqual(await seriousViolations(page), [], `axe on ${name} (${language})`);
  await screenshot(page, `${name}-${language}`);
}

/** Signs up in the browser as a startup; the session cookie is the browser's from then on. */
export async function signUpStartup(page: Page, jisr: RunningJisr, language: Language, email: string) {
  const t = (id: string) => appText(language, id);
  await page.goto(`${jisr.webUrl}/sign-up`);
  await page.getByRole('heading', { name: t('auth:signUp.title') }).waitFor();
  await page.getByRole('radio', { name: t('auth:signUp.asStartup') }).check();
  await page.getByLabel(t('auth:email')).fill(email);
  await page.getByLabel(t('auth:password')).fill(PASSWORD);
  await page.getByRole('button', { name: t('auth:signUp.submit') }).click();
  await page
    .getByRole('link', { name: t('common:nav.matches') })
    .first()
    .waitFor({ state: 'attached' });
}

export async function signIn(page: Page, jisr: RunningJisr, language: Language, email: string) {
  const t = (id: string) => appText(language, id);
  await page.goto(`${jisr.webUrl}/sign-in`);
  await page.getByLabel(t('auth:email')).fill(email);
  await page.getByLabel(t('auth:password')).fill(PASSWORD);
  await page.getByRole('button', { name: t('auth:signIn.submit') }).click();
  await page
    .getByRole('link', { name: t('common:nav.threads') })
    .first()
    .waitFor({ state: 'attached' });
}

/**
 * The profile the startup completes (through the API until the profile page lands), then the
 * council's verification through the API, then matching's recommendations built from both events.
 */
export async function completeAndVerify(
  jisr: RunningJisr,
  email: string,
  latinName: string,
  arabicName: string,
) {
  const startup = await apiAs(jisr, email);
  const saved = await startup.call('profile', 'PUT', `/v1/startups/${startup.sub}`, {
    name: { latin: latinName, ar: arabicName },
    description: 'Rooftop solar with battery storage for clinics and schools in western Libya.',
    sector: '35',
    stage: 'prototype',
    city: 'tripoli',
    languages: [
      { code: 'ar', proficiency: 'native' },
      { code: 'en', proficiency: 'fluent' },
      { code: 'tr', proficiency: 'conversational' },
    ],
    needs: [{ kind: 'mentoring' }, { kind: 'investment', amountUsd: 250_000 }],
    teamSize: 6,
    foundedYear: 2023,
    timeZone: 'Africa/Tripoli',
  });
  assert.equal(saved.status, 201, JSON.stringify(saved.body));
  const council = await apiAs(jisr, 'council@jisr.example');
  const verified = await council.call('profile', 'POST', `/v1/startups/${startup.sub}/verification`, {
    decision: 'verified',
  });
  assert.ok(verified.status < 300, JSON.stringify(verified.body));
  await until(async () => {
    const reply = await startup.call('matching', 'GET', `/v1/startups/${startup.sub}/recommendations`);
    return reply.status === 200 && (reply.body['items'] as unknown[]).length > 0 ? true : undefined;
  }, 'recommendations for the verified startup');
  return startup;
}
