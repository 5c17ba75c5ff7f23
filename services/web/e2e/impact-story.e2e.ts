import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appText } from './app-texts';
import { assertAccessible, DESKTOP } from './browser';
import {
  COORDINATOR,
  downloadPdf,
  figure,
  markAttended,
  OBSERVER,
  register,
  reportOutcome,
  signInAs,
  staffAccounts,
} from './impact-story-steps';
import { signIn } from './introduction-steps';
import { STARTUP, until } from './meeting-story';
import { storySystem } from './story-system';

const system = storySystem();
const t = (id: string, values?: Record<string, string | number>) => appText('en', id, values);

// The demo programme's follow-up training (still ahead in the demo): two sessions, in Tripoli and Misrata,
// both needed for its certificate. Shams Solar is in its autumn 2025 cohort.
const SESSION = 'Export documents and customs';
const SECOND = 'Meeting Turkish buyers';
const PHASE = 'Export follow-up training';
const COHORT = 'autumn-2025';

interface CohortReport {
  attendance: { attendances: number };
  outcomes: { startupsReporting: number };
}

test('when a startup registers for a session, its centre’s coordinator marks it attended and it earns the phase certificate and reports its quarter, then an observer downloads a cohort report PDF that counts them and sees no write controls', async () => {
  const jisr = system.jisr();
  await staffAccounts(jisr, ['tripoli', 'misrata']);
  const browser = system.browser();
  const person = async () => (await browser.newContext({ locale: 'en-GB', viewport: DESKTOP })).newPage();

  const observer = await person();
  await signInAs(observer, jisr, OBSERVER);
  const reportNow = async () => {
    const reply = await observer.request.get(`${jisr.webUrl}/api/matching/v1/reports/cohort/${COHORT}`);
    assert.equal(reply.status(), 200, await reply.text());
    return (await reply.json()) as CohortReport;
  };
  const before = await reportNow();

  const startup = await person();
  await signIn(startup, jisr, 'en', STARTUP);
  await register(startup, jisr, SESSION);
  await register(startup, jisr, SECOND);
  await assertAccessible(startup, 'training (registered)');

  const coordinator = await person();
  await signInAs(coordinator, jisr, COORDINATOR);
  await markAttended(coordinator, jisr, SESSION, /Shams Solar/);
  await markAttended(coordinator, jisr, SECOND, /Shams Solar/);
  await assertAccessible(coordinator, 'console attendance');

  await startup.reload();
  await startup
    .getByRole('row', { name: new RegExp(SESSION) })
    .getByText(t('training:state.attended'), { exact: true })
    .waitFor();
  // Both required sessions attended: the phase's certificate can be earned and downloaded.
  const phase = startup.locator('.mantine-Card-root').filter({ hasText: PHASE });
  await phase.getByRole('button', { name: t('training:certificates.ask') }).click();
  const certificate = await downloadPdf(phase, t('training:certificates.download'));
  assert.ok(
    certificate.some((line) => line.includes('Shams Solar')),
    certificate.join(' | '),
  );
  await reportOutcome(startup, jisr);
  await assertAccessible(startup, 'check-in (saved)');

  // Matching counts the programme's progress events as they arrive: wait for this attendance.
  const after = await until(async () => {
    const report = await reportNow();
    return report.attendance.attendances >= 2 + before.attendance.attendances ? report : undefined;
  }, 'both attendances in the cohort report');
  assert.equal(after.attendance.attendances, before.attendance.attendances + 2);
  assert.ok(after.outcomes.startupsReporting >= 1);

  await observer.goto(`${jisr.webUrl}/console/reports/cohort/${COHORT}`);
  const link = t('impact-reports:download.pdf', { lang: 'English' });
  await observer.getByRole('link', { name: link }).waitFor();
  await assertAccessible(observer, 'console reports (observer)');
  // Read-only: no attendance or programme pages in the observer's console, and no buttons to change anything.
  for (const page of ['training:attendance.nav', 'console-programmes:nav', 'approvals:nav'])
    assert.equal(await observer.getByRole('link', { name: t(page), exact: true }).count(), 0, page);
  const lines = await downloadPdf(observer, link);
  assert.equal(figure(lines, 'figures.attendances'), after.attendance.attendances, lines.join(' | '));
  assert.ok((figure(lines, 'figures.attendances') ?? 0) >= 1, lines.join(' | '));
  assert.equal(figure(lines, 'figures.reporting'), after.outcomes.startupsReporting, lines.join(' | '));
  assert.ok((figure(lines, 'figures.reporting') ?? 0) >= 1, lines.join(' | '));

  for (const page of [observer, startup, coordinator]) await page.context().close();
});
