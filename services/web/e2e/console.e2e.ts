import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DESKTOP, screenshot, assertAccessible } from './browser';
import { storySystem } from './story-system';
import { aConfirmedRoundInTheConsole, editAPhaseDate } from './console-programme-steps';
import { aNewStartup, parseCsv, shownNumber, signInAsCouncil } from './console-story';

const system = storySystem();

/** Scrolls the named section to just below the header, so a screenshot shows its chart. */
const showFrom = async (page: Page, region: string): Promise<void> => {
  await page
    .getByRole('region', { name: region })
    .evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 72));
};

const ENGLISH = { email: 'Email', password: 'Password', submit: 'Sign in' };
const ARABIC = { email: 'البريد الإلكتروني', password: 'كلمة المرور', submit: 'تسجيل الدخول' };

describe('the council console', () => {
  test('when the council verifies a new startup, edits a phase date and confirms a round with a pin and a ban, then the queue empties, the pipeline counts the new requests and its CSV parses', async () => {
    const name = { latin: `Fezzan Cold Chain ${Date.now()}`, ar: 'سلسلة فزان للتبريد' };
    const startupId = await aNewStartup(system.jisr(), name);
    const context = await system
      .browser()
      .newContext({ locale: 'en-GB', viewport: DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    await signInAsCouncil(system.jisr().webUrl, page, ENGLISH);

    await page.getByRole('heading', { name: 'Funnel: startups at each step' }).waitFor();
    const requestedBefore = await shownNumber(page, 'introductions-requested');
    await assertAccessible(page, 'pipeline (en)');

    await page
      .getByRole('navigation', { name: 'Console sections' })
      .getByRole('link', { name: /Verification/ })
      .click();
    const card = page.getByRole('article', { name: name.latin });
    await card.getByText(name.ar).waitFor();
    await screenshot(page, 'console-verification-en');
    await assertAccessible(page, 'verification queue (en)');
    await card.getByRole('button', { name: 'Approve' }).click();
    await card.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Directory' }).click();
    await page.getByLabel(/Search by name/).fill('سلسلة فزان');
    await page.getByRole('link', { name: name.latin }).click();
    await page.waitForURL(new RegExp(`/console/directory/startup/${startupId}$`));
    // The entry's own title, not the directory still on screen while the entry loads.
    const entryTitle = page.getByRole('heading', { level: 2, name: name.latin });
    await entryTitle.locator('..').getByText('Verified', { exact: true }).waitFor();
    await assertAccessible(page, 'directory entry (en)');
    await page.getByRole('link', { name: 'Back to the directory' }).click();
    await page.getByRole('table', { name: 'Startups' }).waitFor();
    await screenshot(page, 'console-directory-en');
    await assertAccessible(page, 'directory (en)');

    await editAPhaseDate(page);
    const confirmedPairs = await aConfirmedRoundInTheConsole(page);

    await page.getByRole('link', { name: /Pipeline/ }).click();
    await page.reload();
    await page.getByRole('heading', { name: 'Funnel: startups at each step' }).waitFor();
    const requestedAfter = await shownNumber(page, 'introductions-requested');
    assert.equal(
      requestedAfter,
      requestedBefore + confirmedPairs,
      'the requested count rises by the confirmed pairs',
    );
    await page.getByRole('region', { name: 'Breakdown' }).locator('.recharts-surface').waitFor();
    await showFrom(page, 'Funnel: startups at each step');
    await screenshot(page, 'console-pipeline-en');

    const funnel = page.getByRole('region', { name: 'Funnel: startups at each step' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      funnel.getByRole('link', { name: /Download CSV/ }).click(),
    ]);
    const rows = parseCsv(await readFile((await download.path()) ?? '', 'utf8'));
    assert.equal(rows.length, 2);
    const header = rows[0] ?? [];
    const values = rows[1] ?? [];
    assert.equal(values[header.indexOf('requested')], String(await shownNumber(page, 'funnel-requested')));
    await context.close();
  });

  test('when the council reads the console in Arabic, then it is right-to-left, the charts mirror and no page has a serious axe violation', async () => {
    const context = await system.browser().newContext({ locale: 'ar-LY', viewport: DESKTOP });
    const page = await context.newPage();
    await signInAsCouncil(system.jisr().webUrl, page, ARABIC);

    await page.getByRole('heading', { name: 'القمع: الشركات الناشئة في كل خطوة' }).waitFor();
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    const chart = page.getByRole('region', { name: 'التوزيع' }).locator('.recharts-surface');
    await chart.waitFor();
    // Mirrored: the category labels of sideways bars stand at the right of the plot.
    const labels = await page
      .getByRole('region', { name: 'التوزيع' })
      .locator('.recharts-yAxis')
      .boundingBox();
    const plot = await chart.boundingBox();
    assert.ok(
      labels !== null && plot !== null && labels.x > plot.x + plot.width / 2,
      'the axis labels are on the right',
    );
    await showFrom(page, 'القمع: الشركات الناشئة في كل خطوة');
    await screenshot(page, 'console-pipeline-ar');
    await assertAccessible(page, 'pipeline (ar)');

    for (const [link, heading, where] of [
      ['التحقق', 'قائمة التحقق', 'verification queue (ar)'],
      ['الدليل', 'الدليل', 'directory (ar)'],
    ] as const) {
      await page
        .getByRole('navigation', { name: 'أقسام لوحة التحكم' })
        .getByRole('link', { name: new RegExp(link) })
        .click();
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      await assertAccessible(page, where);
    }
    await page.getByText('المستشارون', { exact: true }).click();
    await page.getByRole('table', { name: 'المستشارون' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: 'العبء' }).waitFor();
    await screenshot(page, 'console-advisor-ar');
    await assertAccessible(page, 'advisor entry (ar)');
    await context.close();
  });
});
