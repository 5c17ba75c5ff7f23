import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createApiClient, demoData, seedDemo, type DemoData } from '@jisr/cli';
import type { Readiness } from '@jisr/http-kit';
import type { EmbeddedConfig } from './config';
import type { EmbeddedSystem, ServiceEndpoint } from './embedded';

const MARKER = 'demo-data.json';
// The services hash demo passwords cheaply (JISR_DEMO_SCRYPT_COST), so requests, not the KDF, set the pace.
const SEED_CONCURRENCY = 8;

export interface DemoDataStatus {
  /** For every service's `/readyz`: `demoDataLoaded: false` (503) until the demo logins work. */
  readonly readiness: Readiness;
  markLoaded(): void;
}

export function demoDataStatus(loading: boolean): DemoDataStatus {
  let loaded = !loading;
  return {
    readiness: async () => ({ demoDataLoaded: loaded }),
    markLoaded: () => {
      loaded = true;
    },
  };
}

const urlOf = (endpoints: readonly ServiceEndpoint[], name: ServiceEndpoint['name']): string => {
  const endpoint = endpoints.find((e) => e.name === name);
  if (endpoint === undefined) throw new Error(`${name} is not running`);
  return endpoint.url;
};

/** Whether this data directory was seeded already (the marker is written after a complete seed). */
export async function seededBefore(dataDir: string): Promise<boolean> {
  return readFile(join(dataDir, MARKER), 'utf8').then(
    () => true,
    () => false,
  );
}

/**
 * Loads the demo data through the services' HTTP APIs, as `jisr seed` would, then marks the data
 * directory. An interrupted seed leaves no marker and simply runs again on the next start.
 */
export async function loadDemoData(
  config: EmbeddedConfig,
  endpoints: readonly ServiceEndpoint[],
  progress: (line: string) => void,
): Promise<DemoData> {
  const data = demoData(config.JISR_DEMO_SEED);
  const api = createApiClient({
    profile: urlOf(endpoints, 'profile'),
    matching: urlOf(endpoints, 'matching'),
    messaging: urlOf(endpoints, 'messaging'),
  });
  const council = { email: config.COUNCIL_BOOTSTRAP_EMAIL, password: config.COUNCIL_BOOTSTRAP_PASSWORD };
  const report = await seedDemo({ api, data, council, progress, concurrency: SEED_CONCURRENCY });
  const marker = { seed: report.seed, programmeId: report.programmeId, seededAt: new Date().toISOString() };
  await writeFile(join(config.JISR_DATA_DIR, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
  return data;
}

// Seeding fills matching's read model through events; wait for them so the first `jisr matches` has answers.
const SETTLE_AFTER_SEED_MS = 30_000;

/** The first start's demo data: load it, wait until every service has its events, then report ready. */
export async function loadDemoDataOnFirstStart(
  config: EmbeddedConfig,
  system: EmbeddedSystem,
  status: DemoDataStatus,
  progress: (line: string) => void,
): Promise<void> {
  await loadDemoData(config, system.endpoints, progress);
  await system.settle(SETTLE_AFTER_SEED_MS);
  status.markLoaded();
}
