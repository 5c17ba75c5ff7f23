import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { appText, type Language } from './app-texts';
import { DESKTOP, PHONE } from './browser';
import { checkpoint, completeProfile, signIn, signUpStartup, verifyByCouncil } from './introduction-steps';
import { storySystem } from './story-system';

const system = storySystem();

interface Run {
  readonly language: Language;
  readonly viewport: { width: number; height: number };
  /** A demo mentor in renewable energy, a different one per run so no run waits on another. */
  readonly advisor: { email: string; name: string };
  readonly shots: string;
}

const RUNS: readonly Run[] = [
  {
    language: 'en',
    viewport: DESKTOP,
    advisor: { email: 'mehmet-yilmaz@advisors.jisr.example', name: 'Mehmet Yılmaz' },
    shots: 'story',
  },
  {
    language: 'ar',
    viewport: DESKTOP,
    advisor: { email: 'murat-kurt@advisors.jisr.example', name: 'Murat Kurt' },
    shots: 'story',
  },
  {
    language: 'tr',
    viewport: PHONE,
    advisor: { email: 'emre-aydin@advisors.jisr.example', name: 'Emre Aydın' },
    shots: 'story-phone',
  },
];

// threads:unread for one message, as ICU renders it in each language.
const ONE_UNREAD: Readonly<Record<Language, string>> = {
  en: '1 unread message',
  tr: '1 okunmamış mesaj',
  ar: 'رسالة واحدة غير مقروءة',
};

// threads:completion.done by the startup with 5, as ICU renders it in each language.
const RATED_FIVE: Readonly<Record<Language, string>> = {
  en: 'Completed by the startup with a rating of 5 of 5.',
  tr: 'Girişim tarafından 5 üzerinden 5 puanla tamamlandı.',
  ar: 'أتمّه الشركة الناشئة بتقييم 5 من 5.',
};

const openPage = async (run: Run): Promise<Page> => {
  const context = await system.browser().newContext({ locale: run.language, viewport: run.viewport });
  return context.newPage();
};

const storyOf = (run: Run) => async () => {
  const jisr = system.jisr();
  const { language, advisor } = run;
  const t = (id: string, values?: Record<string, string | number>) => appText(language, id, values);
  const shot = (page: Page, name: string) => checkpoint(page, `${run.shots}-${name}`, language);
  const stamp = `${language}-${Date.now()}`;
  const email = `founder-${stamp}@e2e.jisr.test`;
  const note = `Rooftop solar for clinics (${stamp}): we need help financing batteries.`;

  // The startup signs up, completes its profile, the council verifies it.
  const founder = await openPage(run);
  await signUpStartup(founder, jisr, language, email);
  await completeProfile(founder, jisr, language, `Nour Solar ${stamp}`);
  await shot(founder, 'profile');
  await verifyByCouncil(jisr, email);

  // It sees its explained matches and requests an introduction.
  await founder.goto(`${jisr.webUrl}/matches`);
  const card = founder.getByRole('article', { name: advisor.name });
  await card.waitFor();
  assert.ok((await card.getByRole('progressbar').count()) > 0, 'the match shows its explanation breakdown');
  await shot(founder, 'matches');
  await card.getByLabel(t('matches:note', { name: advisor.name })).fill(note);
  await card.getByRole('button', { name: t('matches:requestIntroduction') }).click();
  await card.getByText(t('matches:page.requested')).waitFor();

  // The mentor signs in and accepts.
  const mentor = await openPage(run);
  await signIn(mentor, jisr, language, advisor.email);
  await mentor.goto(`${jisr.webUrl}/inbox`);
  const request = mentor.getByRole('article').filter({ hasText: note });
  await request.waitFor();
  await shot(mentor, 'inbox');
  await request.getByRole('button', { name: t('inbox:accept') }).click();
  await request.waitFor({ state: 'detached' });

  // The startup opens the conversation and writes first.
  await founder.goto(`${jisr.webUrl}/threads`);
  await founder.getByRole('link', { name: advisor.name }).click();
  await founder.getByRole('heading', { name: t('threads:with', { name: advisor.name }) }).waitFor();
  const first = `مرحبا! Merhaba! Hello (${stamp}) — when could we talk about the battery tender?`;
  await founder.getByLabel(t('threads:message')).fill(first);
  await founder.getByRole('button', { name: t('threads:send') }).click();
  await founder.getByText(first).waitFor();
  await shot(founder, 'thread');

  // The mentor sees it counted unread, in the list and in the navigation, and replies.
  await mentor.goto(`${jisr.webUrl}/threads`);
  const thread = mentor
    .getByRole('article')
    .filter({ hasText: new RegExp(`Nour Solar ${stamp}|نور للطاقة`) });
  await thread.getByText(ONE_UNREAD[language]).waitFor();
  await mentor.getByRole('navigation').getByText(ONE_UNREAD[language]).first().waitFor({ state: 'attached' });
  await shot(mentor, 'threads');
  await thread.getByRole('link').click();
  await mentor.getByText(first).waitFor();
  // The founder's page must not reload: a mark set now would vanish with a reload.
  await founder.evaluate(() => Object.assign(window, { storyMark: 'still here' }));
  const reply = `Tuesday 14:00 Istanbul time suits me (${stamp}).`;
  await mentor.getByLabel(t('threads:message')).fill(reply);
  await mentor.getByRole('button', { name: t('threads:send') }).click();

  // The reply arrives on the founder's open page through the live stream.
  await founder.getByText(reply).waitFor({ timeout: 10_000 });
  assert.equal(
    await founder.evaluate(() => (window as unknown as { storyMark?: string }).storyMark),
    'still here',
  );
  await shot(founder, 'thread-reply');

  // The startup completes the introduction with a rating; the conversation becomes read-only.
  await founder.getByRole('radio', { name: t('threads:completion.stars', { rating: 5 }) }).check();
  await founder.getByRole('button', { name: t('threads:completion.submit') }).click();
  await founder.getByText(RATED_FIVE[language]).waitFor();
  await founder.getByText(t('threads:closedNotice')).waitFor();

  await founder.goto(`${jisr.webUrl}/notifications`);
  await founder.getByRole('heading', { name: t('notifications:title') }).waitFor();
  await founder.getByRole('article').first().waitFor();
  await shot(founder, 'notifications');
  await founder.context().close();
  await mentor.context().close();
};

// The three runs share one system but not a person, so they run side by side.
describe('the introduction story', { concurrency: RUNS.length }, () => {
  for (const run of RUNS) {
    const where = run.viewport === PHONE ? 'on a 390×844 phone' : 'on a desktop';
    test(
      `when a new startup in ${run.language} ${where} is verified, requests an introduction and is accepted, then the mentor's reply reaches its open conversation without a reload`,
      storyOf(run),
    );
  }
});
