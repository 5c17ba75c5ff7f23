import { auditActionName } from '@jisr/contracts';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appText } from './app-texts';
import { aNewStartup } from './console-story';
import { assertAccessible, DESKTOP, screenshot } from './browser';
import { createStaff, OBSERVER, partnerWithObserver, signInAs, VERIFIER } from './governance-steps';
import { apiAs } from './meeting-story';
import { storySystem } from './story-system';

const system = storySystem();
const t = (id: string, values?: Record<string, string | number>) => appText('en', id, values);
const ACTION = 'startup.verification-approve';

test('when an admin creates a verifier in another organisation and the verifier verifies a startup, then an observer sees the audit record and cannot change anything', async () => {
  const jisr = system.jisr();
  await partnerWithObserver(jisr);
  const name = { latin: `Ghat Oasis Tours ${Date.now()}`, ar: 'جولات واحة غات' };
  const startupId = await aNewStartup(jisr, name);
  const browser = system.browser();
  const person = async (locale = 'en-GB') =>
    (await browser.newContext({ locale, viewport: DESKTOP })).newPage();

  // The admin creates the verifier in the partner organisation through the staff page.
  const admin = await person();
  await signInAs(admin, jisr, 'council@jisr.example');
  await createStaff(admin, jisr, VERIFIER, 'verifier');
  await screenshot(admin, 'governance-staff-en');
  await assertAccessible(admin, 'console staff');

  // The verifier approves the waiting startup from the verification queue.
  const verifier = await person();
  await signInAs(verifier, jisr, VERIFIER);
  await verifier.goto(`${jisr.webUrl}/console/verification`);
  const card = verifier.getByRole('article', { name: name.latin });
  await card.getByRole('button', { name: t('console:queue.approve') }).click();
  await card.waitFor({ state: 'detached' });
  const { sub: verifierId } = await apiAs(jisr, VERIFIER);

  // The observer finds the verifier's record in the audit trail.
  const observer = await person();
  await signInAs(observer, jisr, OBSERVER);
  await observer.goto(`${jisr.webUrl}/console/audit`);
  const filters = observer.getByRole('search', { name: t('audit:filters') });
  await filters.getByLabel(t('audit:filter.actor')).fill(verifierId);
  await filters.getByLabel(t('audit:filter.action')).fill(ACTION);
  await filters.getByRole('button', { name: t('audit:apply') }).click();
  const record = observer
    .getByRole('table', { name: t('audit:title') })
    .getByRole('row')
    .filter({ hasText: `startup ${startupId}` });
  await record.waitFor();
  const cells = await record.getByRole('cell').allTextContents();
  assert.ok(cells.includes(verifierId), cells.join(' | '));
  assert.ok(cells.includes(`${auditActionName(ACTION, 'en')}${ACTION}`), cells.join(' | '));
  assert.ok(cells.includes(`gov-partners`), cells.join(' | '));
  await observer.getByRole('button', { name: t('audit:verify.button') }).click();
  await observer.getByText(/^The chain is intact: \d+ records checked\.$/).waitFor();
  await screenshot(observer, 'governance-audit-en');
  await assertAccessible(observer, 'console audit (observer)');

  // Read-only: no write pages in the observer's console, no buttons to decide, and the BFF refuses a write.
  for (const page of ['staff:nav', 'approvals:nav', 'console-programmes:nav', 'console:nav.verification'])
    assert.equal(await observer.getByRole('link', { name: t(page) }).count(), 0, page);
  assert.equal(await observer.getByRole('button', { name: t('console:queue.approve') }).count(), 0);
  const write = await observer.evaluate(async (id) => {
    const reply = await fetch(`/api/profile/v1/startups/${id}/verification`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-jisr-csrf': '1' },
      body: JSON.stringify({ decision: 'rejected', reason: 'an observer may not decide' }),
    });
    return { status: reply.status, body: await reply.text() };
  }, startupId);
  assert.equal(write.status, 403, write.body);
  assert.doesNotMatch(write.body, /CSRF/, write.body);

  // The same trail in Arabic, laid out right to left.
  const arabic = await person('ar-LY');
  await signInAs(arabic, jisr, OBSERVER, 'ar');
  await arabic.goto(`${jisr.webUrl}/console/audit`);
  await arabic
    .getByRole('table', { name: appText('ar', 'audit:title') })
    .getByText(ACTION)
    .first()
    .waitFor();
  assert.equal(await arabic.locator('html').getAttribute('dir'), 'rtl');
  await screenshot(arabic, 'governance-audit-ar');
  await assertAccessible(arabic, 'console audit (ar)');

  for (const page of [admin, verifier, observer, arabic]) await page.context().close();
});
