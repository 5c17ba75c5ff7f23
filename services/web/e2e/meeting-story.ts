import assert from 'node:assert/strict';
import type { RunningJisr } from './jisr-system';

export const PASSWORD = 'jisr-demo-2017';
export const STARTUP = 'shams-solar@startups.jisr.example';
export const ADVISOR = 'mehmet-yilmaz@advisors.jisr.example';

type Service = keyof RunningJisr['serviceUrls'];

/** One person's access to the services' APIs, for the steps the web app does not show yet. */
export async function apiAs(jisr: RunningJisr, email: string) {
  const login = await fetch(`${jisr.serviceUrls.profile}/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const sub = (
    JSON.parse(Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString()) as { sub: string }
  ).sub;
  const call = async (service: Service, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${jisr.serviceUrls[service]}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${accessToken}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    // The story reads whatever the API answered; each assertion says what it expects.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, body: (text === '' ? null : JSON.parse(text)) as Record<string, any> };
  };
  return { sub, call };
}

/** Polls (bounded, no sleeps beyond a short pause between tries) until `probe` answers. */
export async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** The wall time as the app shows it (same Intl options as the meetings feature). */
export const shownAt = (iso: string, zone: string): string =>
  new Intl.DateTimeFormat('en', {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

/** An accepted introduction between the demo startup and the demo advisor, who keeps all-day hours. */
export async function anAcceptedIntroduction(jisr: RunningJisr) {
  const startup = await apiAs(jisr, STARTUP);
  const advisor = await apiAs(jisr, ADVISOR);
  const requested = await startup.call('matching', 'POST', '/v1/introductions', {
    advisorId: advisor.sub,
    note: 'We install rooftop solar for clinics in Tripoli.',
  });
  assert.equal(requested.status, 201, JSON.stringify(requested.body));
  const id = String(requested.body['introductionId']);
  await until(
    async () =>
      (await advisor.call('messaging', 'GET', `/v1/introductions/${id}`)).status === 200 ? true : undefined,
    'the request in the inbox',
  );
  assert.equal((await advisor.call('messaging', 'POST', `/v1/introductions/${id}/accept`, {})).status, 200);
  const hours = await advisor.call('messaging', 'PUT', '/v1/availability', {
    timeZone: 'Europe/Istanbul',
    weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
    overrides: [],
    meetingMinutes: 60,
    bufferMinutes: 0,
    minimumNoticeHours: 1,
    horizonDays: 7,
  });
  assert.equal(hours.status, 200);
  return { id, startup, advisor };
}
