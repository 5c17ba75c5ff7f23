import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/build';
import { startProcess } from '../support/processes';
import { convergence, readyAfter } from './converge';
import { SERVICES, type ScaleOutCluster, type ServiceName, startScaleOut } from './scale-out-cluster';
import { type Ledger, Sessions, candidatePairs, newLedger, runWorkload } from './workload';

const READY_MS = 120_000;
const CONVERGE_MS = 60_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface FaultResult {
  readonly fault: string;
  readonly sent: number;
  readonly acknowledged: number;
  readonly inMatching: number;
  readonly inMessaging: number;
  readonly lost: number;
  readonly doubled: number;
  /** From the restart (or the brokers' return) until every service answers /readyz. */
  readonly readyMs: number;
  /** From the same moment until every acknowledged step shows in both services. */
  readonly convergedMs: number | null;
}

/** Runs the workload while `fault` happens; `fault` returns the moment recovery starts. */
async function underFault(
  cluster: ScaleOutCluster,
  sessions: Sessions,
  pairs: Parameters<typeof runWorkload>[2],
  name: string,
  fault: (ledger: Ledger) => Promise<number>,
): Promise<FaultResult> {
  const ledger = newLedger();
  let alive = true;
  const work = runWorkload(cluster.urls, sessions, pairs, ledger, () => alive);
  const recoveringSince = await fault(ledger);
  alive = false;
  await work;
  const readyMs = await readyAfter(cluster.urls, recoveringSince, READY_MS);
  const { verdict, convergedMs } = await convergence(
    cluster.urls,
    sessions,
    ledger,
    recoveringSince,
    CONVERGE_MS,
  );
  return { fault: name, sent: ledger.sent, ...verdict, readyMs, convergedMs };
}

/** kill -9 of each service mid-workload, then every broker down for 10 s; then SIGTERM of all. */
export async function scaleOutFaults(random: () => number) {
  const cluster = await startScaleOut();
  try {
    await readyAfter(cluster.urls, Date.now(), READY_MS);
    const seed = startProcess('node', ['packages/cli/bin/jisr.js', 'seed'], {
      cwd: ROOT,
      env: {
        ...process.env,
        JISR_PROFILE_URL: cluster.urls.profile,
        JISR_MATCHING_URL: cluster.urls.matching,
        JISR_MESSAGING_URL: cluster.urls.messaging,
      },
    });
    const seeded = await seed.exit(180_000);
    if (seeded.code !== 0) throw new Error(`seed failed: ${seed.output().slice(-2000)}`);
    const sessions = new Sessions(() => cluster.urls);
    const pairs = await waitForPairs(cluster, sessions);
    const faults: FaultResult[] = [];
    for (const service of ['matching', 'messaging', 'profile'] as const satisfies readonly ServiceName[]) {
      faults.push(
        await underFault(cluster, sessions, pairs, `kill -9 ${service}`, async () => {
          await pause(1000 + random() * 2000);
          const victim = cluster.processes.get(service)!;
          process.kill(-victim.child.pid!, 'SIGKILL');
          await victim.exit(10_000);
          const restartedAt = Date.now();
          cluster.start(service);
          return restartedAt;
        }),
      );
    }
    faults.push(
      await underFault(cluster, sessions, pairs, 'all brokers down 10 s', async () => {
        await pause(1000);
        for (const id of cluster.kafka.brokerIds) await cluster.kafka.brokerDown(id);
        await pause(10_000);
        for (const id of cluster.kafka.brokerIds) await cluster.kafka.brokerUp(id);
        return Date.now();
      }),
    );
    const keep = process.env.FAULTS_KEEP_OUTPUT;
    if (keep !== undefined)
      for (const service of SERVICES)
        writeFileSync(join(keep, `${service}.log`), cluster.processes.get(service)!.output());
    const errorLines = Object.fromEntries(
      SERVICES.map((service) => [
        service,
        (
          cluster.processes
            .get(service)!
            .output()
            .match(/"level":"error"/g) ?? []
        ).length,
      ]),
    );
    const sigterm: Record<string, { stopMs: number; exitCode: number | null }> = {};
    await Promise.all(
      SERVICES.map(async (service) => {
        const started = Date.now();
        const { code } = await cluster.processes.get(service)!.stop('SIGTERM', 30_000);
        sigterm[service] = { stopMs: Date.now() - started, exitCode: code };
      }),
    );
    return { faults, errorLinesAfterOutage: errorLines, sigterm };
  } finally {
    await cluster.stop();
  }
}

/** Matching learns the seeded profiles through events; recommendations appear once it has. */
async function waitForPairs(cluster: ScaleOutCluster, sessions: Sessions) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const pairs = await candidatePairs(cluster.urls, sessions);
    if (pairs.length > 100 || Date.now() > deadline) return pairs;
    await pause(500);
  }
}
