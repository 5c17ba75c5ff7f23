import { readFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '@jisr/test-kit';
import { parse } from 'yaml';
import { ROOT } from '../support/build';
import { expectStatus, http } from '../support/http';
import { ownProcessCluster } from '../support/process-cluster';
import { freePorts, startProcess } from '../support/processes';

const READY_MS = 60_000;
const SERVICES = ['profile', 'matching', 'messaging'] as const;
type Service = (typeof SERVICES)[number];

interface ComposeFile {
  services: Record<string, { environment: Record<string, string> }>;
}

// The address other machines (and other containers) use; a server bound to 127.0.0.1 does not answer on it.
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address?.family === 'IPv4' && !address.internal)?.address;
const redisUrl = process.env.REDIS_URL;
const missing = [
  lanAddress === undefined ? 'a non-loopback IPv4 address' : undefined,
  process.env.KAFKA_BROKERS ? undefined : 'Kafka',
  redisUrl ? undefined : 'Redis',
].filter((what) => what !== undefined);
if (missing.length > 0)
  console.warn(`SKIPPED compose environment: no ${missing.join(', ')} here (see INFRA in the README)`);

/**
 * The environment compose gives `service`, as this machine can honour it: compose's `${VAR:-default}`
 * resolved; the other containers' names (`kafka:9092`, `redis:6379`, `profile:4001`) mapped to the
 * servers on 127.0.0.1; each service's port a free one (4001–4003 may be taken here). MongoDB cannot
 * run here (see INFRA), so storage is the SQLite adapter the test infrastructure offers — the one
 * departure from compose's values besides addresses.
 */
function asOnThisMachine(
  env: Record<string, string>,
  places: Record<string, string>,
  dataDir: string,
): Record<string, string> {
  const mapped = Object.entries(env).map(([name, value]) => {
    let local = value.replace(/^\$\{[A-Z_]+:-(.*)\}$/, '$1');
    for (const [place, address] of Object.entries(places)) local = local.replaceAll(place, address);
    return [name, local] as const;
  });
  const { MONGO_URL: _mongo, ...rest } = Object.fromEntries(mapped);
  return { ...rest, STORAGE: 'sqlite', JISR_DATA_DIR: dataDir };
}

(missing.length === 0 ? describe : describe.skip)(
  'the environment docker-compose.yml gives the services',
  () => {
    const cluster = ownProcessCluster('jisr-compose-env-');

    test('when the three services start with it, then each answers on a non-loopback address and matching verifies profile’s tokens from its JWKS', async () => {
      const { processes } = cluster;
      const kafka = cluster.kafka();
      const compose = parse(await readFile(join(ROOT, 'docker-compose.yml'), 'utf8'), {
        merge: true,
      }) as ComposeFile;
      const ports = Object.fromEntries((await freePorts(3)).map((port, i) => [SERVICES[i], port])) as Record<
        Service,
        number
      >;
      const places = {
        'kafka:9092': kafka.brokers.join(','),
        // A database of its own on the shared Redis, so login limits and caches meet no other suite.
        'redis://redis:6379': `redis://${new URL(redisUrl!).host}/10`,
        'profile:4001': `127.0.0.1:${ports.profile}`,
      };
      const envs = SERVICES.map((service) => {
        const composed = compose.services[service]!.environment;
        const port = { [`${service.toUpperCase()}_PORT`]: String(ports[service]) };
        return asOnThisMachine({ ...composed, ...port }, places, join(cluster.root(), service));
      });
      for (const [i, service] of SERVICES.entries()) {
        const env = { PATH: process.env.PATH ?? '', ...envs[i] };
        processes.push(startProcess('node', [`services/${service}/dist/start.js`], { cwd: ROOT, env }));
      }

      // Each answers on the machine's own address, which a 127.0.0.1-only listener would refuse.
      const urls = Object.fromEntries(
        SERVICES.map((service) => [service, `http://${lanAddress!}:${ports[service]}`]),
      ) as Record<Service, string>;
      const readiness = await Promise.all(
        SERVICES.map((service) =>
          waitFor(
            async () => {
              const answer = await http<{ checks: unknown }>(`${urls[service]}/readyz`).catch(
                () => undefined,
              );
              return answer?.status === 200 ? answer.body.checks : undefined;
            },
            { timeoutMs: READY_MS, intervalMs: 100, what: `${urls[service]}/readyz` },
          ),
        ),
      );
      const email = `compose-${Date.now()}@example.ly`;
      const password = 'Zeytin-Sahara-Kopru-2026!';
      await expectStatus(202, `${urls.profile}/v1/accounts`, {
        method: 'POST',
        body: { email, password, role: 'startup' },
      });
      const session = await expectStatus<{ accessToken: string; accountId: string }>(
        200,
        `${urls.profile}/v1/sessions`,
        { method: 'POST', body: { email, password } },
      );
      // Matching knows profile's keys only by fetching JWKS_URL; a token it accepts proves the fetch worked.
      const ownIntroductions = `${urls.matching}/v1/startups/${session.accountId}/introductions`;
      const withToken = await http(ownIntroductions, { token: session.accessToken });
      const forged = await http(ownIntroductions, { token: `${session.accessToken.slice(0, -4)}AAAA` });

      expect(envs.map((env) => [env.STORAGE, env.BUS, env.CACHE])).toEqual(
        SERVICES.map(() => ['sqlite', 'kafka', 'redis']),
      );
      expect(envs.map((env) => Object.values(env).join(' '))).not.toContainEqual(
        expect.stringMatching(/\b(kafka|redis|profile|mongo):\d/),
      );
      expect(readiness).toEqual(SERVICES.map(() => ({ storage: true, bus: true, cache: true })));
      expect([withToken.status, withToken.body, forged.status]).toEqual([200, { items: [] }, 401]);
      for (const process_ of processes) expect(process_.output()).not.toMatch(/"level":"(error|fatal)"/);
      for (const process_ of processes)
        expect(await process_.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    }, 600_000);
  },
);
