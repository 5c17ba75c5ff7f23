import { startBff, type BffHarness } from './bff-harness';

let bff: BffHarness;
beforeAll(async () => {
  bff = await startBff();
});
afterAll(async () => {
  await bff.stop();
});

describe('the app page', () => {
  test('when any page is served, then a strict Content-Security-Policy forbids inline and foreign script', async () => {
    const response = await fetch(`${bff.webUrl}/matches`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(response.status).toBe(200);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|\*)/);
    const api = await fetch(`${bff.webUrl}/api/session`);
    expect(api.headers.get('content-security-policy')).toBe(policy);
  });

  test('when an Arabic reader comes for the first time, then the page starts in Arabic, right to left', async () => {
    const response = await fetch(`${bff.webUrl}/`, {
      headers: { 'accept-language': 'ar-LY,ar;q=0.9,en;q=0.5' },
    });
    expect(await response.text()).toContain('<html lang="ar" dir="rtl">');
  });

  test('when a reader chose Turkish before, then the choice wins over Accept-Language', async () => {
    const response = await fetch(`${bff.webUrl}/inbox`, {
      headers: { 'accept-language': 'ar', cookie: 'jisr_lang=tr' },
    });
    expect(await response.text()).toContain('<html lang="tr" dir="ltr">');
  });

  test('when an API address is unknown, then the answer is problem+json in the reader’s language', async () => {
    const response = await fetch(`${bff.webUrl}/api/nothing-here`, { headers: { 'accept-language': 'ar' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { code: string; detail: string };
    expect(problem.code).toBe('HTTP.NOT_FOUND');
    expect(problem.detail).toMatch(/[\u0600-\u06FF]/);
  });

  test('when a signed-out browser calls a service, then the service’s own 401 arrives as problem+json', async () => {
    const response = await fetch(`${bff.webUrl}/api/profile/v1/me`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
