import { DEMO_COUNCIL, DEMO_PASSWORD, demoData } from '@jisr/cli';
import { waitFor } from '@jisr/test-kit';
import { expectStatus } from './http';

export interface Urls {
  readonly profile: string;
  readonly matching: string;
  readonly messaging: string;
}

export interface Funnel {
  readonly startups: Record<string, number>;
  readonly introductions: Record<string, number>;
}

interface Explained {
  readonly criterion: string;
  readonly sentence: string;
  readonly text: Record<'ar' | 'tr' | 'en', string>;
}
interface Match {
  readonly advisorId: string;
  readonly displayName: string;
  readonly score: number;
  readonly explanation: readonly Explained[];
}

export interface StoryResult {
  readonly introductionId: string;
  readonly startup: { readonly email: string; readonly id: string };
  readonly advisor: { readonly email: string; readonly id: string };
  readonly firstMatch: Match;
  readonly messages: readonly string[];
  readonly funnelBefore: Funnel;
  readonly funnelAfter: Funnel;
}

const data = demoData();

export async function logIn(urls: Urls, email: string, password = DEMO_PASSWORD) {
  return expectStatus<{ accessToken: string; accountId: string }>(200, `${urls.profile}/v1/sessions`, {
    method: 'POST',
    body: { email, password },
  });
}

export const funnelOf = (urls: Urls, token: string): Promise<Funnel> =>
  expectStatus<Funnel>(200, `${urls.matching}/v1/pipeline/funnel`, { token });

/** A startup's explained matches, once matching's read model has the seeded profiles (they arrive as events). */
export const matchesOf = (
  urls: Urls,
  startup: { accessToken: string; accountId: string },
  timeoutMs: number,
) =>
  waitFor(
    async () => {
      const url = `${urls.matching}/v1/startups/${startup.accountId}/recommendations?lang=ar&limit=5&langs=all`;
      const { items } = await expectStatus<{ items: Match[] }>(200, url, { token: startup.accessToken });
      return items.length > 0 ? items : undefined;
    },
    { timeoutMs, intervalMs: 100, what: 'explained matches for the startup' },
  );

const advisorEmail = (displayName: string): string => {
  const advisor = data.advisors.find((a) => a.profile.displayName === displayName);
  if (advisor === undefined) throw new Error(`${displayName} is not a demo advisor`);
  return advisor.email;
};

/** The startup asks its best match; the advisor finds it in the inbox and accepts. Returns the introduction id. */
export async function requestAndAccept(urls: Urls, startupIndex: number, timeoutMs: number) {
  const startupEmail = data.startups[startupIndex]?.email ?? '';
  const startup = await logIn(urls, startupEmail);
  const [match] = await matchesOf(urls, startup, timeoutMs);
  if (match === undefined) throw new Error('no match');
  const requested = await expectStatus<{ introductionId: string; state: string }>(
    201,
    `${urls.matching}/v1/introductions`,
    {
      method: 'POST',
      token: startup.accessToken,
      body: { advisorId: match.advisorId, note: 'We would like your advice on entering the Turkish market.' },
    },
  );
  const advisor = await logIn(urls, advisorEmail(match.displayName));
  await waitFor(
    async () => {
      const inbox = await expectStatus<{ items: { id: string }[] }>(
        200,
        `${urls.messaging}/v1/introductions?status=open`,
        {
          token: advisor.accessToken,
        },
      );
      return inbox.items.some((item) => item.id === requested.introductionId);
    },
    { timeoutMs, intervalMs: 50, what: 'the request to reach the advisor inbox' },
  );
  await expectStatus(200, `${urls.messaging}/v1/introductions/${requested.introductionId}/accept`, {
    method: 'POST',
    token: advisor.accessToken,
    body: {},
  });
  return {
    introductionId: requested.introductionId,
    startup,
    advisor,
    match,
    startupEmail,
    advisorEmail: advisorEmail(match.displayName),
  };
}

const MESSAGES = [
  'مرحباً، شكراً لقبول طلبنا. هل يناسبكم يوم الثلاثاء؟',
  'Merhaba! Tuesday at 10:00 Tripoli time works for me.',
];

/**
 * The whole story through HTTP: a startup logs in and reads its explained matches, requests an
 * introduction, the advisor accepts, they exchange a message each, and the council's pipeline moves.
 */
export async function introductionStory(urls: Urls, timeoutMs: number): Promise<StoryResult> {
  const council = await logIn(urls, DEMO_COUNCIL.email);
  const funnelBefore = await funnelOf(urls, council.accessToken);
  const {
    introductionId,
    startup,
    advisor,
    match,
    startupEmail,
    advisorEmail: email,
  } = await requestAndAccept(urls, 0, timeoutMs);
  const thread = `${urls.messaging}/v1/threads/${introductionId}/messages`;
  const [fromStartup = '', fromAdvisor = ''] = MESSAGES;
  await expectStatus(201, thread, {
    method: 'POST',
    token: startup.accessToken,
    body: { body: fromStartup },
  });
  await expectStatus(201, thread, {
    method: 'POST',
    token: advisor.accessToken,
    body: { body: fromAdvisor },
  });
  const seen = await expectStatus<{ items: { body: string; seq: number }[] }>(200, thread, {
    token: startup.accessToken,
  });
  const funnelAfter = await waitFor(
    async () => {
      const funnel = await funnelOf(urls, council.accessToken);
      return (funnel.introductions.accepted ?? 0) > (funnelBefore.introductions.accepted ?? 0)
        ? funnel
        : undefined;
    },
    { timeoutMs, intervalMs: 100, what: 'the council pipeline to count the acceptance' },
  );
  return {
    introductionId,
    startup: { email: startupEmail, id: startup.accountId },
    advisor: { email, id: advisor.accountId },
    firstMatch: match,
    messages: [...seen.items].sort((a, b) => a.seq - b.seq).map((m) => m.body),
    funnelBefore,
    funnelAfter,
  };
}

export const STORY_MESSAGES = MESSAGES;
