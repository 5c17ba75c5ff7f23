import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Console sections' });

/** On the Programmes pages: the first programme's first phase ends one day later, saved. */
export async function editAPhaseDate(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Programmes' }).click();
  await page.getByRole('heading', { name: 'Programmes', exact: true }).waitFor();
  await page.locator('a[href^="/console/programmes/"]:not([href$="/new"])').first().click();
  const ends = page.getByLabel(/ ends on/).first();
  await ends.waitFor();
  const day = new Date(`${await ends.inputValue()}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  await ends.fill(day.toISOString().slice(0, 10));
  await page.getByRole('button', { name: 'Save the programme' }).click();
  await page.getByText('The programme is saved.').waitFor();
}

const choose = async (page: Page, label: string, option: string | RegExp): Promise<void> => {
  await page.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
};

/**
 * On the Cohort rounds page: a cohort's preview, its first pair pinned and its second banned, run
 * again and confirmed. Returns how many introduction requests the confirmation sent.
 */
export async function aConfirmedRoundInTheConsole(page: Page): Promise<number> {
  await nav(page).getByRole('link', { name: 'Cohort rounds' }).click();
  await page.getByRole('heading', { name: 'Cohort matching round' }).waitFor();
  await page.getByRole('textbox', { name: 'Cohort', exact: true }).click();
  await page.getByRole('option').first().waitFor();
  const cohorts = await page.getByRole('option').allTextContents();
  await page.keyboard.press('Escape');
  for (const cohort of cohorts) {
    await choose(page, 'Cohort', cohort);
    await page.getByRole('button', { name: 'Run the preview' }).click();
    const rows = page.locator('section[aria-labelledby="round-preview-title"] tbody tr');
    await rows
      .first()
      .waitFor({ timeout: 60_000 })
      .catch(() => undefined);
    if ((await rows.count()) < 2) continue;
    const pairAt = async (i: number) => {
      const cells = await rows.nth(i).locator('td').allTextContents();
      return { startup: cells[0] ?? '', advisor: (cells[1] ?? '').replace(/Pinned$/, '') };
    };
    const pinned = await pairAt(0);
    const banned = await pairAt(1);
    for (const [pair, button] of [
      [pinned, 'Pin this pair'],
      [banned, 'Ban this pair'],
    ] as const) {
      await choose(page, 'Startup', pair.startup);
      await choose(page, 'Mentor or investor', pair.advisor);
      await page.getByRole('button', { name: button }).click();
    }
    await page.getByRole('button', { name: 'Run the preview' }).click();
    await page
      .getByRole('row', { name: `${pinned.startup} with ${pinned.advisor}` })
      .getByText('Pinned')
      .waitFor();
    assert.equal(
      await page.getByRole('row', { name: `${banned.startup} with ${banned.advisor}` }).count(),
      0,
    );
    await page.getByRole('button', { name: /^Confirm: send/ }).click();
    const status = (await page.getByText(/^Confirmed: /).textContent()) ?? '';
    return Number(/(\d+)/.exec(status)?.[1] ?? 'NaN');
  }
  return assert.fail('no cohort has a preview of two pairs or more');
}
