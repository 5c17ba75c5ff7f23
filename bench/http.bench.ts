// HTTP throughput benchmark (not a test): `npm run bench:http` (after `npm run build`). Baseline in
// the same run: a bare express 5 "hello" in its own process, up beside embedded mode (a fresh data
// directory, demo data). Each round measures bare express, then matching's /healthz, a startup's
// recommendations (limit 20), an advisor's inbox (introductions) and a thread page (messages); the
// last line is one JSON object with each route's req/s, p50, p99 and its ratios to bare express. Every
// route (and bare express) is first warmed up for 2 s, not counted.
// `-- --seconds 1 --rounds 1` is the quick run (BENCH_HTTP_SECONDS and BENCH_HTTP_ROUNDS too).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createApiClient } from '@jisr/cli';
import { prepareHttpFixture } from './http-fixture';
import { startBareExpress, startEmbedded, stop } from './http-processes';
import { httpReport, type Measured, type Round } from './http-report';

const CONNECTIONS = 32;
const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: process.env.BENCH_HTTP_SECONDS ?? '5' },
    rounds: { type: 'string', default: process.env.BENCH_HTTP_ROUNDS ?? '4' },
  },
});
const SECONDS = Number(options.seconds);
const ROUNDS = Number(options.rounds);
const WARM_UP_SECONDS = Math.min(2, SECONDS);

async function measure(url: string, token?: string, seconds = SECONDS): Promise<Measured> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    // As browsers and Node's fetch do: a route may answer compressed (the bare one is too small to).
    headers: {
      'accept-encoding': 'gzip, deflate',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) console.log(`warning: ${failed} of ${result.requests.total} requests failed on ${url}`);
  return { rps: Math.round(result.requests.average), p50_ms: result.latency.p50, p99_ms: result.latency.p99 };
}

async function main(): Promise<void> {
  const loadBefore = os.loadavg()[0]!;
  const dataDir = await mkdtemp(join(os.tmpdir(), 'jisr-bench-http-'));
  // BENCH_HTTP_NODE_ARGS (e.g. --cpu-prof) reaches the embedded process only, to profile the server.
  const nodeArgs = (process.env.BENCH_HTTP_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const embedded = await startEmbedded(dataDir, nodeArgs);
  const bare = await startBareExpress();
  try {
    const { startup, advisor } = await prepareHttpFixture(createApiClient(embedded.urls));
    const { matching, messaging } = embedded.urls;
    const recommendations = `${matching}/v1/startups/${startup.id}/recommendations?limit=20`;
    // Warm-up, not counted: both servers' hot paths compiled by the JIT and their caches filled, as on
    // a server that has been up for a while (the first seconds of a fresh process are slower on both
    // sides, but far more on the side that runs more code).
    await measure(bare.url, undefined, WARM_UP_SECONDS);
    await measure(`${matching}/healthz`, undefined, WARM_UP_SECONDS);
    await measure(recommendations, startup.token, WARM_UP_SECONDS);
    await measure(`${messaging}/v1/introductions`, advisor.token, WARM_UP_SECONDS);
    await measure(`${messaging}/v1/threads/${advisor.threadId}/messages`, advisor.token, WARM_UP_SECONDS);
    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const round: Round = {
        bare: await measure(bare.url),
        healthz: await measure(`${matching}/healthz`),
        recommendations: await measure(recommendations, startup.token),
        inbox: await measure(`${messaging}/v1/introductions`, advisor.token),
        thread: await measure(`${messaging}/v1/threads/${advisor.threadId}/messages`, advisor.token),
      };
      console.log(`round ${i + 1}: ${JSON.stringify(round)}`);
      rounds.push(round);
    }
    const setting = {
      connections: CONNECTIONS,
      seconds_each: SECONDS,
      cores: os.cpus().length,
      load_before: Number(loadBefore.toFixed(2)),
      load_after: Number(os.loadavg()[0]!.toFixed(2)),
    };
    console.log(JSON.stringify(httpReport(rounds, setting)));
  } finally {
    await stop(bare.child);
    await stop(embedded.child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
