// What bench:http reads on embedded mode's demo data: a demo startup's token, and an advisor with a
// conversation. The demo seed opens no conversations, so this one asks for an introduction to the
// startup's top recommendation, accepts it as that advisor and writes a page of messages.
import { ApiError, demoData, DEMO_SEED, logIn, type ApiClient } from '@jisr/cli';

const MESSAGES = 20;
const POLL_MS = 100;
const POLL_TRIES = 300;

export interface HttpFixture {
  readonly startup: { readonly id: string; readonly token: string };
  readonly advisor: { readonly token: string; readonly threadId: string };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls (bounded) until `read` gives a value: the request reaches messaging through an event. */
async function eventually<T>(read: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < POLL_TRIES; i += 1) {
    const value = await read();
    if (value !== undefined) return value;
    await pause(POLL_MS);
  }
  throw new Error(`gave up waiting for ${what}`);
}

export async function prepareHttpFixture(api: ApiClient): Promise<HttpFixture> {
  const data = demoData(DEMO_SEED);
  const startup = await logIn(api, data.startups[0]!.email, data.password);
  const matches = (await api.call('matching', `/v1/startups/${startup.accountId}/recommendations`, {
    token: startup.accessToken,
    query: { limit: 5 },
  })) as { items: { advisorId: string }[] };
  const advisorId = matches.items[0]?.advisorId;
  if (advisorId === undefined) throw new Error('the demo startup has no recommendations');
  let advisorToken: string | undefined;
  for (const candidate of data.advisors) {
    const session = await logIn(api, candidate.email, data.password);
    if (session.accountId === advisorId) {
      advisorToken = session.accessToken;
      break;
    }
  }
  if (advisorToken === undefined) throw new Error(`no demo login for advisor ${advisorId}`);
  const token = advisorToken;
  await api.call('matching', '/v1/introductions', {
    method: 'POST',
    token: startup.accessToken,
    body: { advisorId, note: 'We would like your advice on our export plan to Türkiye.' },
  });
  const inbox = () =>
    api.call('messaging', '/v1/introductions', { token }) as Promise<{ items: { id: string }[] }>;
  const requestId = await eventually(async () => (await inbox()).items[0]?.id, 'the request in the inbox');
  const accepted = (await api.call('messaging', `/v1/introductions/${requestId}/accept`, {
    method: 'POST',
    token,
    body: {},
  })) as { threadId: string | null };
  const threadId = accepted.threadId ?? requestId;
  for (let i = 0; i < MESSAGES; i += 1) {
    const sender = i % 2 === 0 ? token : startup.accessToken;
    try {
      await api.call('messaging', `/v1/threads/${threadId}/messages`, {
        method: 'POST',
        token: sender,
        body: { body: `Message ${i + 1}: shall we meet next week about the export plan?` },
      });
    } catch (error) {
      // A rate limit only makes the page shorter; anything else is a broken setup.
      if (!(error instanceof ApiError && error.status === 429)) throw error;
      break;
    }
  }
  return { startup: { id: startup.accountId, token: startup.accessToken }, advisor: { token, threadId } };
}
