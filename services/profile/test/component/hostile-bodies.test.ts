import fc from 'fast-check';
import { aProgramme, aStartupProfile, anAdvisorProfile } from '../builders/profile-builders';
import type { Person } from './api-client';
import { startProfile, type ProfileHarness } from './profile-harness';

let profile: ProfileHarness;
let council: Person;
let startup: Person;
let advisor: Person;
let programmeId: string;

beforeAll(async () => {
  profile = await startProfile();
  council = await profile.council();
  startup = await profile.aStartupWithProfile();
  advisor = await profile.anAdvisorWithProfile();
  programmeId = await profile.aProgrammeBy(council);
});
afterAll(async () => {
  await profile.stop();
});

interface WriteRoute {
  readonly method: string;
  readonly path: () => string;
  readonly token: () => string | undefined;
  readonly valid: () => Record<string, unknown>;
}

// Every route that writes, each with a valid body that the arbitraries below corrupt.
const WRITE_ROUTES: WriteRoute[] = [
  {
    method: 'PUT',
    path: () => `/v1/startups/${startup.accountId}`,
    token: () => startup.token,
    valid: () => ({ ...aStartupProfile() }),
  },
  {
    method: 'PUT',
    path: () => `/v1/advisors/${advisor.accountId}`,
    token: () => advisor.token,
    valid: () => ({ ...anAdvisorProfile() }),
  },
  {
    method: 'PUT',
    path: () => `/v1/advisors/${advisor.accountId}/pause`,
    token: () => advisor.token,
    valid: () => ({ paused: true }),
  },
  {
    method: 'POST',
    path: () => '/v1/programmes',
    token: () => council.token,
    valid: () => ({ ...aProgramme() }),
  },
  {
    method: 'PUT',
    path: () => `/v1/programmes/${programmeId}`,
    token: () => council.token,
    valid: () => ({ ...aProgramme() }),
  },
  {
    method: 'PUT',
    path: () => `/v1/programmes/${programmeId}/weights`,
    token: () => council.token,
    valid: () => ({ sector: 0.4, stage: 0.2, language: 0.2, needs: 0.1, load: 0.1 }),
  },
  {
    method: 'PUT',
    path: () => '/v1/centres/zawiya',
    token: () => council.token,
    valid: () => ({ name: { en: 'Zawiya', ar: 'الزاوية', tr: 'Zaviye' }, city: 'zawiya' }),
  },
  {
    method: 'POST',
    path: () => `/v1/startups/${startup.accountId}/verification`,
    token: () => council.token,
    valid: () => ({ decision: 'rejected', reason: 'Missing documents' }),
  },
  {
    method: 'PUT',
    path: () => `/v1/startups/${startup.accountId}/placement`,
    token: () => council.token,
    valid: () => ({ centreId: 'tripoli', programmeId, cohortId: 'spring-2025' }),
  },
  {
    method: 'POST',
    path: () => '/v1/accounts',
    token: () => undefined,
    valid: () => ({ email: 'fuzz@example.ly', password: 'a long enough password', role: 'startup' }),
  },
  {
    method: 'POST',
    path: () => '/v1/sessions',
    token: () => undefined,
    valid: () => ({ email: startup.email, password: startup.password }),
  },
  {
    method: 'POST',
    path: () => '/v1/sessions/refresh',
    token: () => undefined,
    valid: () => ({ refreshToken: 'x'.repeat(43) }),
  },
  {
    method: 'POST',
    path: () => '/v1/council/accounts',
    token: () => council.token,
    valid: () => ({ email: 'staff@deik.example.org', password: 'another long password' }),
  },
];

/** Every path to a value in a JSON document, so a mutation can hit nested fields (`name.latin`, `phases.1.trainingSessions`). */
const pathsOf = (value: unknown, prefix: string[] = []): string[][] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])])
    : [];

const setAt = (document: unknown, path: readonly string[], value: unknown): unknown => {
  const copy: unknown = structuredClone(document);
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1) ?? ''] = value;
  return copy;
};

const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '$set',
  '$where',
  '$gt',
  'verified',
  'role',
  'ownerId',
  'verification',
  'placement',
  'paused',
  '_id',
  'version',
  'eventVersion',
];

const weirdValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ maxLength: 2000 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom(
    -1,
    0,
    1e308,
    -1e308,
    2 ** 53 + 1,
    0.1,
    '',
    ' ',
    '\u0000',
    '\u202e',
    'ا'.repeat(3000),
    '<script>alert(1)</script>',
    null,
    true,
    [],
    {},
  ),
);

type Body = { json: unknown } | { raw: string };

const bodyFor = (valid: Record<string, unknown>): fc.Arbitrary<Body> =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((json) => ({ json })),
    fc
      .tuple(fc.constantFrom(...pathsOf(valid)), weirdValue)
      .map(([path, value]) => ({ json: setAt(valid, path, value) })),
    fc.constantFrom(...Object.keys(valid)).map((key) => {
      const { [key]: _dropped, ...rest } = valid;
      return { json: rest };
    }),
    fc
      .tuple(
        fc.constantFrom(...HOSTILE_KEYS),
        weirdValue,
        fc.constantFrom(...pathsOf(valid).map((path) => path.slice(0, -1))),
      )
      .map(([key, value, at]) => {
        const text = JSON.stringify(at.length === 0 ? valid : setAt(valid, at, '\u0001HOLE\u0001'));
        const injected = `{${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}}`;
        return {
          raw:
            at.length === 0
              ? `${text.slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}}`
              : text.replace('"\\u0001HOLE\\u0001"', injected),
        };
      }),
    fc.string({ maxLength: 300 }).map((raw) => ({ raw })),
    fc.integer({ min: 1, max: 5000 }).map((depth) => ({ raw: `${'['.repeat(depth)}${']'.repeat(depth)}` })),
  );

describe('write routes under random and hostile bodies (fast-check)', () => {
  test('when 2,000 random and hostile bodies are sent, then nothing answers 5xx and nothing stored changes on a 4xx', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...WRITE_ROUTES)
          .chain((route) => fc.tuple(fc.constant(route), bodyFor(route.valid()))),
        async ([route, body]) => {
          const before = await profile.snapshot();
          const token = route.token();
          const response = await profile.request(route.method, route.path(), {
            ...(token === undefined ? {} : { token }),
            ...('raw' in body ? { raw: body.raw } : { body: body.json }),
          });
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);

          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.headers.get('content-type')).toContain('application/problem+json');
            expect(await profile.snapshot()).toBe(before);
          }
        },
      ),
      { numRuns: 2000 },
    );
    // The bodies must mostly be refused, or the property proved little.
    const refused = [...statuses]
      .filter(([status]) => status >= 400)
      .reduce((sum, [, count]) => sum + count, 0);
    expect(refused).toBeGreaterThan(1500);
  }, 180_000);
});
