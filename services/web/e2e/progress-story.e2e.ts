import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { appText, type Language } from './app-texts';
import { DESKTOP } from './browser';
import { signInAsCouncil } from './console-story';
import { checkpoint, signIn } from './introduction-steps';
import { ADVISOR, anAcceptedIntroduction, STARTUP } from './meeting-story';
import { storySystem } from './story-system';

const system = storySystem();
const t = (language: Language, id: string, values?: Record<string, string | number>) =>
  appText(language, id, values);

describe('milestones and quarterly check-in', () => {
  test('when a startup claims a milestone in Arabic, its mentor confirms it in Turkish, the startup reports its quarter and the council sees the cohort count, then every page says so', async () => {
    const jisr = system.jisr();
    await anAcceptedIntroduction(jisr);
    const startup = await (
      await system.browser().newContext({ locale: 'ar-LY', viewport: DESKTOP })
    ).newPage();
    await signIn(startup, jisr, 'ar', STARTUP);

    await startup.goto(`${jisr.webUrl}/milestones`);
    await startup.getByRole('heading', { name: t('ar', 'milestones:title'), level: 1 }).waitFor();
    await startup
      .getByLabel(t('ar', 'milestones:evidenceText'))
      .first()
      .fill('خطة عمل راجعها مركز طرابلس مع توقع التدفق النقدي.');
    await startup
      .getByLabel(t('ar', 'milestones:evidenceLink'))
      .first()
      .fill('https://example.org/shams/business-plan.pdf');
    await startup
      .getByRole('button', { name: t('ar', 'milestones:markReached') })
      .first()
      .click();
    await startup.getByText(t('ar', 'milestones:state.reached')).waitFor();
    await checkpoint(startup, 'milestones', 'ar');

    const mentor = await (
      await system.browser().newContext({ locale: 'tr-TR', viewport: DESKTOP })
    ).newPage();
    await signIn(mentor, jisr, 'tr', ADVISOR);
    await mentor.goto(`${jisr.webUrl}/mentee-milestones`);
    const claim = mentor.getByRole('article', { name: /Shams Solar/ });
    await claim.waitFor();
    await checkpoint(mentor, 'mentee-milestones', 'tr');
    await claim.getByRole('button', { name: t('tr', 'milestones:confirm') }).click();
    await mentor.getByText(t('tr', 'milestones:awaitingNone')).waitFor();

    await startup.reload();
    await startup.getByText(t('ar', 'milestones:state.confirmed')).waitFor();

    await startup.goto(`${jisr.webUrl}/check-in`);
    await startup.getByRole('heading', { name: t('ar', 'outcomes:title'), level: 1 }).waitFor();
    await startup.getByLabel(t('ar', 'outcomes:field.employees')).fill('3');
    await startup.getByLabel(t('ar', 'outcomes:field.womenEmployed')).fill('5');
    await startup.getByRole('button', { name: t('ar', 'outcomes:submit') }).click();
    await startup.getByText('لا يمكن أن يزيد على عدد الموظفين').first().waitFor();
    await startup.getByLabel(t('ar', 'outcomes:field.employees')).fill('12');
    await startup.getByLabel(t('ar', 'outcomes:field.youthEmployed')).fill('7');
    await startup.getByLabel(t('ar', 'outcomes:field.revenueBand')).selectOption('50k-250k');
    await startup.getByRole('button', { name: t('ar', 'outcomes:submit') }).click();
    const quarter = await startup.getByLabel(t('ar', 'outcomes:quarter'), { exact: true }).inputValue();
    const named = t('ar', 'outcomes:quarterName', { year: quarter.slice(0, 4), q: quarter.slice(6) });
    await startup.getByText(t('ar', 'outcomes:saved', { quarter: named, revision: 1 })).waitFor();
    await checkpoint(startup, 'check-in', 'ar');

    const staff = await (await system.browser().newContext({ locale: 'en-GB', viewport: DESKTOP })).newPage();
    await signInAsCouncil(jisr.webUrl, staff, {
      email: t('en', 'auth:email'),
      password: t('en', 'auth:password'),
      submit: t('en', 'auth:signIn.submit'),
    });
    await staff.goto(`${jisr.webUrl}/console/progress`);
    const row = staff.getByRole('row', { name: /Business plan/ }).first();
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    assert.deepEqual(cells.slice(2), ['1', '1']);
    await checkpoint(staff, 'console-progress', 'en');
  });
});
