import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { appText } from './app-texts';
import type { RunningJisr } from './jisr-system';
import { apiAs, PASSWORD } from './meeting-story';

// Steps of the governance story (governance.e2e.ts): set-up through the API, and the admin's staff page.

export const PARTNER = { id: 'gov-partners', name: 'Governance partners' } as const;
export const VERIFIER = 'gov-verifier@partners.jisr.example';
export const OBSERVER = 'gov-observer@partners.jisr.example';

/** The admin (the bootstrap council account) creates a partner organisation and an observer in it. */
export async function partnerWithObserver(jisr: RunningJisr): Promise<void> {
  const admin = await apiAs(jisr, 'council@jisr.example');
  const organisation = await admin.call('profile', 'PUT', `/v1/organisations/${PARTNER.id}`, {
    name: { ar: 'شركاء الحوكمة', tr: 'Yönetişim ortakları', en: PARTNER.name },
    kind: 'business-council',
  });
  assert.ok(organisation.status < 300, JSON.stringify(organisation.body));
  const observer = await admin.call('profile', 'POST', '/v1/staff', {
    email: OBSERVER,
    password: PASSWORD,
    organisationId: PARTNER.id,
    staffRoles: ['observer'],
  });
  assert.equal(observer.status, 201, JSON.stringify(observer.body));
}

/** Signs in through the sign-in page in the page's language and waits to leave it. */
export async function signInAs(page: Page, jisr: RunningJisr, email: string, lang: 'en' | 'ar' = 'en') {
  const t = (id: string) => appText(lang, id);
  await page.goto(`${jisr.webUrl}/sign-in`);
  await page.getByLabel(t('auth:email')).fill(email);
  await page.getByLabel(t('auth:password')).fill(PASSWORD);
  await page.getByRole('button', { name: t('auth:signIn.submit') }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** The admin creates a staff account with one role in an organisation, on the console's staff page. */
export async function createStaff(page: Page, jisr: RunningJisr, email: string, role: string) {
  const t = (id: string, values?: Record<string, string>) => appText('en', id, values);
  await page.goto(`${jisr.webUrl}/console/staff`);
  const form = page.getByRole('form', { name: t('staff:create.title') });
  await form.getByRole('option', { name: PARTNER.name }).waitFor({ state: 'attached' });
  await form.getByLabel(t('staff:field.email')).fill(email);
  await form.getByLabel(t('staff:field.password'), { exact: false }).first().fill(PASSWORD);
  await form.getByLabel(t('staff:field.organisation')).selectOption({ label: PARTNER.name });
  await form.getByRole('checkbox', { name: t(`staff:role.${role}`), exact: true }).check();
  await form.getByRole('button', { name: t('staff:create.submit') }).click();
  await form.getByRole('status').getByText(t('staff:create.done', { email })).waitFor();
  await page
    .getByRole('table', { name: t('staff:title') })
    .getByText(email)
    .waitFor();
}
