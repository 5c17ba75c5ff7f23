import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { RunningJisr } from './jisr-system';

export const COUNCIL = { email: 'council@jisr.example', password: 'jisr-demo-2017' };
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A person's bearer access to one service, straight to the service (not through the BFF). */
async function bearer(jisr: RunningJisr, email: string, password: string) {
  const login = await fetch(`${jisr.serviceUrls.profile}/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  assert.equal(login.status, 200, `login of ${email}`);
  const { accessToken, accountId } = (await login.json()) as { accessToken: string; accountId: string };
  const call = async (
    service: keyof RunningJisr['serviceUrls'],
    method: string,
    path: string,
    body?: unknown,
  ) => {
    const res = await fetch(`${jisr.serviceUrls[service]}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${accessToken}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: (text === '' ? null : JSON.parse(text)) as Json };
  };
  return { accountId, call };
}

/** A startup registers and fills in its profile (through the API): it waits in the council's queue. */
export async function aNewStartup(jisr: RunningJisr, name: { latin: string; ar: string }): Promise<string> {
  const email = `console-${Date.now()}@e2e.jisr.test`;
  const password = 'Tripoli-harbour-7-lanterns';
  const registered = await fetch(`${jisr.serviceUrls.profile}/v1/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, role: 'startup' }),
  });
  assert.equal(registered.status, 202);
  const startup = await bearer(jisr, email, password);
  const saved = await startup.call('profile', 'PUT', `/v1/startups/${startup.accountId}`, {
    name,
    description: 'Cold storage for date farmers in the Fezzan.',
    sector: '52',
    stage: 'prototype',
    city: 'sabha',
    languages: [{ code: 'ar', proficiency: 'native' }],
    needs: [{ kind: 'mentoring' }],
    teamSize: 4,
    foundedYear: 2024,
    timeZone: 'Africa/Tripoli',
  });
  assert.equal(saved.status, 201, JSON.stringify(saved.body));
  return startup.accountId;
}

/** The council signs in through the sign-in page and lands on its console. */
export async function signInAsCouncil(
  webUrl: string,
  page: Page,
  labels: { email: string; password: string; submit: string },
) {
  await page.goto(`${webUrl}/sign-in`);
  await page.getByLabel(labels.email).fill(COUNCIL.email);
  await page.getByLabel(labels.password).fill(COUNCIL.password);
  await page.getByRole('button', { name: labels.submit }).click();
  await page.waitForURL(/\/console$/);
}

/** A number as the page shows it (Arabic-Indic digits included). */
export const shownNumber = async (page: Page, testId: string): Promise<number> => {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  const western = text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[^\d]/g, '');
  return Number(western);
};

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF), after the byte-order mark. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i] ?? '';
    if (quoted && c === '"' && body[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) field += c;
    else if (c === ',') endField();
    else {
      if (c === '\r' && body[i + 1] === '\n') i += 1;
      endField();
      rows.push(row);
      row = [];
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
