import { COUNCIL_ROUTES } from '../../server/console/council-only';
import { COUNCIL, startBff, type BffHarness } from './bff-harness';

const CSRF = { 'x-jisr-csrf': '1' };
const JSON_HEADERS = { 'content-type': 'application/json', ...CSRF };
const SOME_ID = '01JD0000000000000000000000';

// Every call the console makes that only the council may make, with a body where it needs one.
const CONSOLE_CALLS: readonly { method: string; path: string; body?: unknown }[] = [
  { method: 'GET', path: '/api/profile/v1/startups?verification=pending' },
  { method: 'GET', path: '/api/profile/v1/advisors?paused=true&q=Mehmet' },
  {
    method: 'POST',
    path: `/api/profile/v1/startups/${SOME_ID}/verification`,
    body: { decision: 'verified' },
  },
  {
    method: 'POST',
    path: `/api/profile/v1/advisors/${SOME_ID}/verification`,
    body: { decision: 'verified' },
  },
  { method: 'PUT', path: `/api/profile/v1/startups/${SOME_ID}/placement`, body: { centreId: null } },
  { method: 'GET', path: '/api/profile/v1/council/notices' },
  { method: 'GET', path: '/api/profile/v1/council/verification-queue' },
  { method: 'POST', path: `/api/profile/v1/accounts/${SOME_ID}/deactivation`, body: {} },
  { method: 'POST', path: '/api/profile/v1/programmes', body: {} },
  { method: 'PUT', path: `/api/profile/v1/programmes/${SOME_ID}`, body: {} },
  { method: 'PUT', path: `/api/profile/v1/programmes/${SOME_ID}/weights`, body: {} },
  { method: 'PUT', path: '/api/profile/v1/centres/tripoli', body: {} },
  { method: 'GET', path: '/api/matching/v1/pipeline/funnel?sector=J' },
  { method: 'GET', path: '/api/matching/v1/pipeline/breakdown?by=city' },
  { method: 'GET', path: '/api/matching/v1/pipeline/advisor-load' },
  { method: 'GET', path: '/api/matching/v1/pipeline/export.csv?view=funnel' },
  { method: 'GET', path: '/api/matching/v1/research/sectors' },
  { method: 'GET', path: '/api/matching/v1/reports/cohort/cohort-a' },
  { method: 'GET', path: '/api/reports/cohort/cohort-a.pdf?lang=ar' },
  { method: 'GET', path: '/api/matching/v1/cohort-rounds' },
  { method: 'POST', path: '/api/matching/v1/cohort-rounds', body: {} },
  { method: 'POST', path: `/api/matching/v1/cohort-rounds/${SOME_ID}/confirm`, body: {} },
  { method: 'GET', path: '/api/profile/v1/approvals?state=requested' },
  { method: 'GET', path: '/api/profile/v1/staff' },
  { method: 'GET', path: '/api/profile/v1/audit?actor=acc-1' },
  { method: 'GET', path: '/api/profile/v1/audit.csv' },
  { method: 'GET', path: '/api/profile/v1/audit/verification' },
  { method: 'POST', path: `/api/matching/v1/approvals/${SOME_ID}/approve`, body: {} },
];
const CONSOLE_PAGES = ['/console', '/console/verification', '/console/directory', '/console/programmes'];

let bff: BffHarness;
beforeAll(async () => {
  bff = await startBff();
});
afterAll(async () => {
  await bff.stop();
});

const signIn = async (person: { email: string; password: string }): Promise<string> => {
  const response = await fetch(`${bff.webUrl}/api/session`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify(person),
  });
  expect(response.status).toBe(201);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
};

const sessionOf = async (role: 'startup' | 'advisor'): Promise<string> => {
  const person = { email: `${role}-${Date.now()}@console.jisr.test`, password: 'Tripoli-harbour-7-lanterns' };
  const registered = await fetch(`${bff.webUrl}/api/profile/v1/accounts`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ ...person, role }),
  });
  expect(registered.status).toBe(202);
  return signIn(person);
};

const call = (cookie: string, { method, path, body }: (typeof CONSOLE_CALLS)[number]) =>
  fetch(`${bff.webUrl}${path}`, {
    method,
    headers: { ...JSON_HEADERS, cookie, 'accept-language': 'ar' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('the council console at the BFF', () => {
  test('when the console calls are listed, then every council-only route is among them', () => {
    const uncovered = COUNCIL_ROUTES.filter(
      (route) =>
        !CONSOLE_CALLS.some((c) => route.methods.includes(c.method as 'GET') && route.path.test(c.path)),
    );
    expect(uncovered).toEqual([]);
  });

  test.each(['startup', 'advisor'] as const)(
    'when a %s session makes any console call, then the BFF refuses it with 403 in the reader’s language',
    async (role) => {
      const cookie = await sessionOf(role);
      for (const consoleCall of CONSOLE_CALLS) {
        const response = await call(cookie, consoleCall);
        const problem = (await response.json()) as { code: string; detail: string };
        expect({ call: consoleCall.path, status: response.status, code: problem.code }).toEqual({
          call: consoleCall.path,
          status: 403,
          code: 'WEB.COUNCIL_ONLY',
        });
        expect(problem.detail).toBe('لوحة التحكم متاحة لمجلس الأعمال فقط.');
      }
    },
  );

  test.each(['startup', 'advisor'] as const)(
    'when a %s session opens a console page, then the app comes back with 403',
    async (role) => {
      const cookie = await sessionOf(role);
      for (const page of CONSOLE_PAGES) {
        const response = await fetch(`${bff.webUrl}${page}`, { headers: { cookie } });
        expect({ page, status: response.status }).toEqual({ page, status: 403 });
        expect(await response.text()).toContain('<div id="root">');
      }
    },
  );

  test('when nobody is signed in, then console calls answer 401 and never reach a service', async () => {
    for (const consoleCall of CONSOLE_CALLS) {
      const response = await call('', consoleCall);
      const problem = (await response.json()) as { code: string };
      expect({ call: consoleCall.path, code: problem.code }).toEqual({
        call: consoleCall.path,
        code: 'WEB.SIGNED_OUT',
      });
    }
  });

  test('when the council makes the same calls and opens the pages, then the BFF passes them on', async () => {
    const cookie = await signIn(COUNCIL);
    const queue = await call(cookie, {
      method: 'GET',
      path: '/api/profile/v1/startups?verification=pending',
    });
    expect(queue.status).toBe(200);
    for (const consoleCall of CONSOLE_CALLS) {
      const response = await call(cookie, consoleCall);
      const problem = (await response.json().catch(() => ({ code: 'none' }))) as { code?: string };
      expect({ call: consoleCall.path, code: problem.code }).not.toEqual({
        call: consoleCall.path,
        code: 'WEB.COUNCIL_ONLY',
      });
    }
    for (const page of CONSOLE_PAGES)
      expect((await fetch(`${bff.webUrl}${page}`, { headers: { cookie } })).status).toBe(200);
  });
});
