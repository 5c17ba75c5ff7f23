import { vi } from 'vitest';

// Test support: profile as the browser sees it behind the BFF. Its real search is covered by
// profile's component tests (services/profile/test/component/sectors.test.ts) and the e2e story.

const DIVISIONS = [
  {
    code: '10',
    section: 'C',
    label: {
      en: 'Manufacture of food products',
      ar: 'صنع المنتجات الغذائية',
      tr: 'Gıda ürünlerinin imalatı',
    },
  },
  {
    code: '35',
    section: 'D',
    label: {
      en: 'Electricity, gas, steam and air conditioning supply',
      ar: 'إمدادات الكهرباء والغاز والبخار وتكييف الهواء',
      tr: 'Elektrik, gaz, buhar ve iklimlendirme üretimi ve dağıtımı',
    },
  },
  {
    code: '62',
    section: 'J',
    label: {
      en: 'Computer programming, consultancy and related activities',
      ar: 'أنشطة البرمجة الحاسوبية والخبرة الاستشارية وما يتصل بها من أنشطة',
      tr: 'Bilgisayar programlama, danışmanlık ve ilgili faaliyetler',
    },
  },
];

export const PENDING = {
  status: 'pending',
  reason: null,
  decidedAt: null,
  notice: {
    en: 'Your profile is waiting for the council to verify it.',
    ar: 'ملفك بانتظار تحقق المجلس.',
    tr: 'Profiliniz konseyin doğrulamasını bekliyor.',
  },
};

export interface Call {
  readonly method: string;
  readonly url: URL;
  readonly body: unknown;
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

export const problem = (status: number, errors: { path: string; code: string; message: string }[]) =>
  json(
    status,
    { status, code: 'REQUEST.INVALID', detail: 'The request is not valid.', errors },
    'application/problem+json',
  );

/**
 * Serves `/api/profile` with one stored profile (or none) and records every call. `answer` may
 * replace the answer to a change, e.g. with a problem.
 */
export function serveProfile(
  options: { stored?: Record<string, unknown> | null; answer?: (call: Call) => Response | null } = {},
) {
  let stored = options.stored ?? null;
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (input: Request | string, init: RequestInit = {}) => {
    const request =
      input instanceof Request ? input : new Request(new URL(input, window.location.origin), init);
    const text = await request.text();
    const call = {
      method: request.method,
      url: new URL(request.url),
      body: text === '' ? undefined : JSON.parse(text),
    };
    calls.push(call);
    const { pathname, searchParams } = call.url;
    if (pathname.endsWith('/v1/sectors')) {
      const q = searchParams.get('q') ?? '';
      return json(200, {
        items: DIVISIONS.filter((d) => Object.values(d.label).some((title) => title.includes(q))),
      });
    }
    const answered = call.method === 'GET' ? null : (options.answer?.(call) ?? null);
    if (answered !== null) return answered;
    if (call.method === 'GET') return stored === null ? problem(404, []) : json(200, stored);
    const isPause = pathname.endsWith('/pause');
    const paused = (call.body as { paused?: boolean }).paused === true;
    stored = isPause
      ? {
          ...stored,
          pause: { paused, reason: paused ? 'self' : null, since: paused ? '2026-12-01T00:00:00Z' : null },
        }
      : { ...stored, ...(call.body as object), verification: PENDING };
    return json(isPause || stored === null ? 200 : 201, stored);
  });
  return calls;
}
