import { DEMO_COUNCIL, DEMO_PASSWORD, demoData } from '@jisr/cli';
import { http } from '../support/http';
import type { Urls } from '../support/story';

const data = demoData();

/** What the services acknowledged to a client (a 2xx answer arrived): these must never be lost. */
export interface Ledger {
  readonly requests: { id: string; startupEmail: string }[];
  readonly accepted: Set<string>;
  readonly messages: { introductionId: string; startupEmail: string; body: string }[];
  sent: number;
}

export const newLedger = (): Ledger => ({ requests: [], accepted: new Set(), messages: [], sent: 0 });

interface Pair {
  readonly startupEmail: string;
  readonly advisorId: string;
  readonly advisorEmail: string;
}

/** Logs people in once and again after a restart (401), as a client would. */
export class Sessions {
  private readonly tokens = new Map<string, string>();
  constructor(private readonly urls: () => Urls) {}

  async token(email: string, fresh = false): Promise<string> {
    const known = this.tokens.get(email);
    if (known !== undefined && !fresh) return known;
    const password = email === DEMO_COUNCIL.email ? DEMO_COUNCIL.password : DEMO_PASSWORD;
    const answer = await http<{ accessToken: string }>(`${this.urls().profile}/v1/sessions`, {
      method: 'POST',
      body: { email, password },
    });
    if (answer.status !== 200) throw new Error(`login ${email}: ${answer.status}`);
    this.tokens.set(email, answer.body.accessToken);
    return answer.body.accessToken;
  }

  /** A call as `email`; one fresh login if the token is refused. */
  async call<T>(email: string, url: string, call: Parameters<typeof http>[1] = {}) {
    let answer = await http<T>(url, { ...call, token: await this.token(email) });
    if (answer.status === 401) answer = await http<T>(url, { ...call, token: await this.token(email, true) });
    return answer;
  }
}

/** Every (startup, recommended advisor) pair, best first per startup, interleaved across startups. */
export async function candidatePairs(urls: Urls, sessions: Sessions, perStartup = 6): Promise<Pair[]> {
  const lists: Pair[][] = [];
  for (const startup of data.startups) {
    const token = await sessions.token(startup.email);
    const me = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { sub: string };
    const answer = await sessions.call<{ items: { advisorId: string; displayName: string }[] }>(
      startup.email,
      `${urls.matching}/v1/startups/${me.sub}/recommendations?limit=${perStartup}`,
    );
    lists.push(
      (answer.body?.items ?? []).flatMap((match) => {
        const advisor = data.advisors.find((a) => a.profile.displayName === match.displayName);
        return advisor
          ? [{ startupEmail: startup.email, advisorId: match.advisorId, advisorEmail: advisor.email }]
          : [];
      }),
    );
  }
  const pairs: Pair[] = [];
  for (let i = 0; i < perStartup; i++) for (const list of lists) if (list[i]) pairs.push(list[i]!);
  return pairs;
}

/**
 * Request → (the advisor sees it) → accept → message, over and over from `workers` clients, until
 * `running()` is false or a call fails (the process was killed). Records only acknowledged steps.
 */
export async function runWorkload(
  urls: Urls,
  sessions: Sessions,
  pairs: Pair[],
  ledger: Ledger,
  running: () => boolean,
  workers = 3,
): Promise<void> {
  const step = async (pair: Pair): Promise<void> => {
    ledger.sent += 1;
    const requested = await sessions.call<{ introductionId: string }>(
      pair.startupEmail,
      `${urls.matching}/v1/introductions`,
      {
        method: 'POST',
        body: {
          advisorId: pair.advisorId,
          note: 'We would like your advice on entering the Turkish market.',
        },
      },
    );
    if (requested.status !== 201) {
      // Refused (advisor full, an earlier request still open): not acknowledged work; try it later.
      await new Promise((resolve) => setTimeout(resolve, 50));
      pairs.push(pair);
      return;
    }
    const id = requested.body.introductionId;
    ledger.requests.push({ id, startupEmail: pair.startupEmail });
    const arrived = Date.now() + 10_000;
    while (
      (await sessions.call(pair.advisorEmail, `${urls.messaging}/v1/introductions/${id}`)).status !== 200
    ) {
      if (!running() || Date.now() > arrived) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const accepted = await sessions.call(
      pair.advisorEmail,
      `${urls.messaging}/v1/introductions/${id}/accept`,
      {
        method: 'POST',
        body: {},
      },
    );
    if (accepted.status !== 200) return;
    ledger.accepted.add(id);
    const body = `fault-suite message for ${id}`;
    const sent = await sessions.call(pair.startupEmail, `${urls.messaging}/v1/threads/${id}/messages`, {
      method: 'POST',
      body: { body },
    });
    if (sent.status === 201)
      ledger.messages.push({ introductionId: id, startupEmail: pair.startupEmail, body });
    // Completing frees the advisor's place, so the pair can meet again and the workload never
    // runs dry however fast the machine (every run and fault gets work to be interrupted).
    const completed = await sessions.call(
      pair.startupEmail,
      `${urls.messaging}/v1/introductions/${id}/complete`,
      { method: 'POST', body: { rating: 5 } },
    );
    if (completed.status === 200) pairs.push(pair);
  };
  const worker = async (): Promise<void> => {
    while (running() && pairs.length > 0) {
      try {
        await step(pairs.shift()!);
      } catch {
        return; // the connection broke: the process is gone
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
}

export interface Verdict {
  readonly acknowledged: number;
  readonly inMatching: number;
  readonly inMessaging: number;
  readonly lost: number;
  readonly doubled: number;
}

/** Checks every acknowledged step against what each service shows now. */
export async function verify(urls: Urls, sessions: Sessions, ledger: Ledger): Promise<Verdict> {
  let inMatching = 0;
  let inMessaging = 0;
  let lost = 0;
  let doubled = 0;
  for (const { id, startupEmail } of ledger.requests) {
    const matching = await sessions.call<{ state: string }>(
      DEMO_COUNCIL.email,
      `${urls.matching}/v1/introductions/${id}`,
    );
    const messaging = await sessions.call(startupEmail, `${urls.messaging}/v1/introductions/${id}`);
    if (matching.status === 200) inMatching += 1;
    if (messaging.status === 200) inMessaging += 1;
    if (matching.status !== 200 || messaging.status !== 200) lost += 1;
    // An acknowledged acceptance must reach matching's pipeline (the event back).
    else if (ledger.accepted.has(id) && matching.body.state === 'requested') lost += 1;
  }
  for (const { introductionId, startupEmail, body } of ledger.messages) {
    const thread = await sessions.call<{ items: { body: string }[] }>(
      startupEmail,
      `${urls.messaging}/v1/threads/${introductionId}/messages`,
    );
    const copies = (thread.body?.items ?? []).filter((message) => message.body === body).length;
    if (copies === 0) lost += 1;
    if (copies > 1) doubled += copies - 1;
  }
  return { acknowledged: ledger.requests.length, inMatching, inMessaging, lost, doubled };
}
