import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/build';
import { freePorts, groupAlive, startProcess, type RunningProcess } from '../support/processes';
import type { Urls } from '../support/story';
import { convergence, readyAfter } from './converge';
import { type Ledger, Sessions, candidatePairs, newLedger, runWorkload } from './workload';

const FIRST_START_MS = 180_000;
const RESTART_MS = 60_000;
// Convergence is awaited longer than the 10 s promised, so a slow run is measured, not cut off.
const CONVERGE_MS = 30_000;

export interface EmbeddedRun {
  readonly killedAfterMs: number;
  readonly readyMs: number;
  readonly convergedMs: number | null;
  readonly acknowledged: number;
  readonly lost: number;
  readonly doubled: number;
}

const sum = (runs: readonly EmbeddedRun[], key: 'acknowledged' | 'lost' | 'doubled'): number =>
  runs.reduce((total, run) => total + run[key], 0);

/**
 * `npm start`'s runner under `kill -9` at a random moment of a request/accept/message workload,
 * `runs` times on one data directory; after each restart, every acknowledged step is checked.
 */
export async function embeddedFaults(runs: number, random: () => number) {
  const dataDir = await mkdtemp(join(tmpdir(), 'jisr-faults-embedded-'));
  const ports = await freePorts(3);
  const urls: Urls = {
    profile: `http://127.0.0.1:${ports[0]}`,
    matching: `http://127.0.0.1:${ports[1]}`,
    messaging: `http://127.0.0.1:${ports[2]}`,
  };
  const env = {
    ...process.env,
    JISR_DATA_DIR: dataDir,
    PROFILE_PORT: String(ports[0]),
    MATCHING_PORT: String(ports[1]),
    MESSAGING_PORT: String(ports[2]),
    PASSWORD_SCRYPT_COST: '10',
    MATCHING_MAX_OPEN_REQUESTS: '20',
    // Every simulated startup and advisor signs in from 127.0.0.1: one IP, a hundred people.
    LOGIN_MAX_ATTEMPTS_PER_IP: '10000',
  };
  const start = (): RunningProcess =>
    startProcess('node', ['deploy/embedded/dist/start.js'], { cwd: ROOT, env });
  const sessions = new Sessions(() => urls);
  const all: Ledger = newLedger();
  const results: EmbeddedRun[] = [];
  let running = start();
  try {
    await running.waitForOutput(/Stop with Ctrl-C/, FIRST_START_MS);
    await readyAfter(urls, Date.now(), RESTART_MS);
    const pairs = await candidatePairs(urls, sessions);
    for (let run = 0; run < runs; run++) {
      const ledger = newLedger();
      const killedAfterMs = Math.round(500 + random() * 3000);
      let alive = true;
      const work = runWorkload(urls, sessions, pairs, ledger, () => alive);
      await new Promise((resolve) => setTimeout(resolve, killedAfterMs));
      process.kill(-running.child.pid!, 'SIGKILL');
      alive = false;
      await running.exit(10_000);
      await work;
      const restartedAt = Date.now();
      running = start();
      const readyMs = await readyAfter(urls, restartedAt, RESTART_MS);
      const { verdict, convergedMs } = await convergence(
        urls,
        sessions,
        ledger,
        restartedAt + readyMs,
        CONVERGE_MS,
      );
      results.push({
        killedAfterMs,
        readyMs,
        convergedMs,
        acknowledged: verdict.acknowledged,
        lost: verdict.lost,
        doubled: verdict.doubled,
      });
      all.requests.push(...ledger.requests);
      all.messages.push(...ledger.messages);
      for (const id of ledger.accepted) all.accepted.add(id);
      all.sent += ledger.sent;
    }
    // Once more over everything, after the last restart: nothing acknowledged earlier went missing later.
    const { verdict } = await convergence(urls, sessions, all, Date.now(), CONVERGE_MS);
    const stopStarted = Date.now();
    const stopped = await running.stop('SIGTERM', 20_000);
    return {
      runs: results.length,
      sent: all.sent,
      acknowledged: verdict.acknowledged,
      inMatching: verdict.inMatching,
      inMessaging: verdict.inMessaging,
      lost: verdict.lost,
      doubled: verdict.doubled,
      lostPerRun: sum(results, 'lost'),
      doubledPerRun: sum(results, 'doubled'),
      maxReadyMs: Math.max(...results.map((r) => r.readyMs)),
      maxConvergedMs: Math.max(...results.map((r) => r.convergedMs ?? Infinity)),
      sigtermStopMs: Date.now() - stopStarted,
      sigtermExit: stopped.code,
      perRun: results,
    };
  } finally {
    if (groupAlive(running)) await running.stop('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }
}
