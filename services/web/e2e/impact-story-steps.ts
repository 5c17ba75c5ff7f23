import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { pdfLines } from '../test/support/pdf-text';
import { appText } from './app-texts';
import type { RunningJisr } from './jisr-system';
import { apiAs, PASSWORD } from './meeting-story';

// Steps of the impact story (impact-story.e2e.ts): staff set-up, and what each person does in the browser.

const t = (id: string, values?: Record<string, string | number>) => appText('en', id, values);

export const COORDINATOR = 'tripoli-coordinator@partners.jisr.example';
export const OBSERVER = 'impact-observer@partners.jisr.example';

/** The admin (the bootstrap council account) creates a partner organisation, a coordinator and an observer. */
export async function staffAccounts(jisr: RunningJisr, centreIds: readonly string[]): Promise<void> {
  const admin = await apiAs(jisr, 'council@jisr.example');
  const organisation = await admin.call('profile', 'PUT', '/v1/organisations/story-partners', {
    name: { ar: 'شركاء القصة', tr: 'Hikâye ortakları', en: 'Story partners' },
    kind: 'programme-lead',
  });
  assert.ok(organisation.status < 300, JSON.stringify(organisation.body));
  for (const [email, staffRoles] of [
    [COORDINATOR, ['centre-coordinator']],
    [OBSERVER, ['observer']],
  ] as const) {
    const created = await admin.call('profile', 'POST', '/v1/staff', {
      email,
      password: PASSWORD,
      organisationId: 'story-partners',
      staffRoles,
      ...(staffRoles[0] === 'centre-coordinator' ? { centreIds } : {}),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
  }
}

/** Signs in through the sign-in page and waits to leave it. */
export async function signInAs(page: Page, jisr: RunningJisr, email: string): Promise<void> {
  await page.goto(`${jisr.webUrl}/sign-in`);
  await page.getByLabel(t('auth:email')).fill(email);
  await page.getByLabel(t('auth:password')).fill(PASSWORD);
  await page.getByRole('button', { name: t('auth:signIn.submit') }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** The startup registers for a session on its training page. */
export async function register(page: Page, jisr: RunningJisr, session: string): Promise<void> {
  await page.goto(`${jisr.webUrl}/training`);
  const row = page.getByRole('row', { name: new RegExp(session) });
  await row.getByRole('button', { name: t('training:register'), exact: true }).click();
  await row.getByText(t('training:state.registered'), { exact: true }).waitFor();
}

/** The coordinator picks a session on the console's attendance page and ticks the startup as attended. */
export async function markAttended(page: Page, jisr: RunningJisr, session: string, startup: RegExp) {
  await page.goto(`${jisr.webUrl}/console/attendance`);
  await page.getByRole('textbox', { name: t('training:attendance.pick'), exact: true }).click();
  await page.getByRole('option', { name: new RegExp(`^${session}`) }).click();
  const seat = page.getByRole('checkbox', { name: startup });
  await seat.check();
  await page.getByRole('button', { name: /^Mark 1 startup attended$/ }).click();
  await seat.and(page.locator(':disabled')).waitFor();
}

/** The startup sends its quarterly outcome check-in. */
export async function reportOutcome(page: Page, jisr: RunningJisr): Promise<void> {
  await page.goto(`${jisr.webUrl}/check-in`);
  await page.getByRole('heading', { name: t('outcomes:title'), level: 1 }).waitFor();
  await page.getByLabel(t('outcomes:field.employees')).fill('14');
  await page.getByLabel(t('outcomes:field.womenEmployed')).fill('6');
  await page.getByLabel(t('outcomes:field.youthEmployed')).fill('8');
  await page.getByLabel(t('outcomes:field.revenueBand')).selectOption('50k-250k');
  await page.getByRole('button', { name: t('outcomes:submit') }).click();
  const quarter = await page.getByLabel(t('outcomes:quarter'), { exact: true }).inputValue();
  const named = t('outcomes:quarterName', { year: quarter.slice(0, 4), q: quarter.slice(6) });
  await page.getByText(t('outcomes:saved', { quarter: named, revision: 1 })).waitFor();
}

/** Clicks a download link and reads the downloaded PDF back as lines. */
export async function downloadPdf(within: Page | Locator, link: string | RegExp): Promise<string[]> {
  const page = 'page' in within ? within.page() : within;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    within.getByRole('link', { name: link }).first().click(),
  ]);
  const path = await download.path();
  const bytes = readFileSync(path);
  assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
  return (await pdfLines(bytes)).flat();
}

/** The number after a figure's label in a report's lines (Arabic-Indic digits read as western ones). */
export function figure(lines: readonly string[], key: string): number | null {
  const label = t(`impact-reports:${key}`);
  const western = (text: string) => text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  const line = lines.map(western).find((l) => l.startsWith(`${label} `));
  return line === undefined ? null : Number(line.slice(label.length).replace(/[^\d]/g, ''));
}
