import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createApiClient, demoData, seedDemo, type DemoData } from '@jisr/cli';
import type { EmbeddedConfig } from './config';
import type { ServiceEndpoint } from './embedded';

const MARKER = 'demo-data.json';

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
  const report = await seedDemo({ api, data, council, progress });
  const marker = { seed: report.seed, programmeId: report.programmeId, seededAt: new Date().toISOString() };
  await writeFile(join(config.JISR_DATA_DIR, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
  return data;
}
