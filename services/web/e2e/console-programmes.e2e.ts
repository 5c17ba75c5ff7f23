import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DESKTOP, screenshot, assertAccessible } from './browser';
import { storySystem } from './story-system';
import {
  ARABIC,
  confirmRound,
  editPhaseEndDate,
  ENGLISH,
  openDemoProgramme,
  runRoundWithPinAndBan,
  showAssignment,
  signInAsCouncil,
} from './console-programmes';

const system = storySystem();

describe('council programmes and cohort rounds', () => {
  test('when the council edits a phase date and runs a round with one pin and one ban in English, then it confirms it and sees it among earlier rounds', async () => {
    const context = await system.browser().newContext({ locale: 'en-GB', viewport: DESKTOP });
    const page = await context.newPage();
    await signInAsCouncil(system.jisr().webUrl, page);

    await page.goto(`${system.jisr().webUrl}/console/programmes`);
    await page.getByRole('heading', { name: ENGLISH.programmes, level: 2 }).waitFor();
    await assertAccessible(page, 'programmes (en)');
    await openDemoProgramme(system.jisr().webUrl, page, ENGLISH);
    await editPhaseEndDate(page, ENGLISH, 'Selection', '2025-10-17');
    await screenshot(page, 'console-programme-en');
    await assertAccessible(page, 'programme (en)');

    await runRoundWithPinAndBan(system.jisr().webUrl, page, ENGLISH);
    await showAssignment(page, ENGLISH);
    await screenshot(page, 'console-round-preview-en');
    await assertAccessible(page, 'round preview (en)');
    await confirmRound(page, ENGLISH);
    await assertAccessible(page, 'confirmed round (en)');
    await context.close();
  });

  test('when the council does the same in Arabic, then every page runs right to left and the round is confirmed', async () => {
    const context = await system.browser().newContext({ locale: 'ar-LY', viewport: DESKTOP });
    const page = await context.newPage();
    await signInAsCouncil(system.jisr().webUrl, page, {
      email: 'البريد الإلكتروني',
      password: 'كلمة المرور',
      submit: 'تسجيل الدخول',
    });
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');

    await page.goto(`${system.jisr().webUrl}/console/programmes`);
    await page.getByRole('heading', { name: ARABIC.programmes, level: 2 }).waitFor();
    await assertAccessible(page, 'programmes (ar)');
    await openDemoProgramme(system.jisr().webUrl, page, ARABIC);
    await editPhaseEndDate(page, ARABIC, 'التدريب التطبيقي على ريادة الأعمال', '2025-11-30');
    await screenshot(page, 'console-programme-ar');
    await assertAccessible(page, 'programme (ar)');

    await runRoundWithPinAndBan(system.jisr().webUrl, page, ARABIC);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await showAssignment(page, ARABIC);
    await screenshot(page, 'console-round-preview-ar');
    await assertAccessible(page, 'round preview (ar)');
    await confirmRound(page, ARABIC);
    await context.close();
  });
});
