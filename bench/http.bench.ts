// HTTP throughput benchmark (not a test): `npm run bench:http`. Baseline in the same run: a bare
// express 5 "hello" server in its own process, measured first; then embedded mode (a fresh data
// directory, demo data) and, one after the other, matching's /healthz, a startup's recommendations
// (limit 20), an advisor's inbox (introductions) and a thread page (messages). The last line is one
// JSON object with each route's req/s, p50, p99 and its ratio to bare express.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createApiClient } from '@jisr/cli';
import { prepareHttpFixture } from './http-fixture';

const ROOT = join(__dirname, '..');
const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const GIVE_UP_MS = 600_000;
const LOGINS = 'The demo data is loaded; log in with:';

interface Measured {
  readonly rps: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
}

async function measure(url: string, token?: string): Promise<Measured> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
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

/** Starts `node <args>` in its own process group and resolves once `ready` matches its output. */
function launch(
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after ${GIVE_UP_MS / 1000} s`)), GIVE_UP_MS);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`exited (${code}) before ready:\n${output.slice(-2000)}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGINT');
  await exited;
}

const BARE = `
const express = require('express');
const app = express();
app.get('/', (_req, res) => { res.json({ hello: 'world' }); });
const server = app.listen(0, '127.0.0.1', () => console.log('bare on ' + server.address().port));
process.on('SIGINT', () => server.close(() => process.exit(0)));
`;

async function bareExpress(): Promise<Measured> {
  const { child, output } = await launch(['-e', BARE], process.env, /bare on (\d+)/);
  try {
    const port = /bare on (\d+)/.exec(output())![1]!;
    return await measure(`http://127.0.0.1:${port}/`);
  } finally {
    await stop(child);
  }
}

const urlOf = (output: string, service: string): string => {
  const match = new RegExp(`^\\s+${service}\\s+(http://\\S+)`, 'm').exec(output);
  if (match?.[1] === undefined) throw new Error(`no ${service} URL in the banner`);
  return match[1];
};

const ratioTo = (bare: Measured, route: Measured) => ({
  ...route,
  ratio: Number((route.rps / bare.rps).toFixed(2)),
  p99_ratio: Number((route.p99_ms / Math.max(bare.p99_ms, 1)).toFixed(2)),
});

async function main(): Promise<void> {
  const loadBefore = Number(os.loadavg()[0]!.toFixed(2));
  const bare = await bareExpress();
  console.log(`bare express: ${JSON.stringify(bare)}`);
  const dataDir = await mkdtemp(join(os.tmpdir(), 'jisr-bench-http-'));
  const env = { ...process.env, JISR_DATA_DIR: dataDir, LOG_LEVEL: 'warn', WEB_PORT: '0' };
  const ports = { PROFILE_PORT: '0', MATCHING_PORT: '0', MESSAGING_PORT: '0' };
  // BENCH_HTTP_NODE_ARGS (e.g. --cpu-prof) reaches the embedded process only, to profile the server.
  const nodeArgs = (process.env.BENCH_HTTP_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const embedded = await launch(
    [...nodeArgs, 'deploy/embedded/dist/start.js'],
    { ...env, ...ports },
    new RegExp(LOGINS),
  );
  try {
    const out = embedded.output();
    const urls = {
      profile: urlOf(out, 'profile'),
      matching: urlOf(out, 'matching'),
      messaging: urlOf(out, 'messaging'),
    };
    const api = createApiClient(urls);
    const { startup, advisor } = await prepareHttpFixture(api);
    const routes = {
      healthz: await measure(`${urls.matching}/healthz`),
      recommendations: await measure(
        `${urls.matching}/v1/startups/${startup.id}/recommendations?limit=20`,
        startup.token,
      ),
      inbox: await measure(`${urls.messaging}/v1/introductions`, advisor.token),
      thread: await measure(`${urls.messaging}/v1/threads/${advisor.threadId}/messages`, advisor.token),
    };
    const result = Object.fromEntries(Object.entries(routes).map(([name, m]) => [name, ratioTo(bare, m)]));
    const rec = result.recommendations!;
    console.log(
      JSON.stringify({
        bare,
        ...result,
        targets_met: rec.ratio >= 0.3 && rec.p99_ratio <= 3 && result.healthz!.ratio >= 0.8,
        connections: CONNECTIONS,
        seconds_each: SECONDS,
        cores: os.cpus().length,
        load_before: loadBefore,
      }),
    );
  } finally {
    await stop(embedded.child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
