import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiClient, demoData, logIn } from '@jisr/cli';
import { silentLogger } from '@jisr/logger';
import { loadEmbeddedConfig, type EmbeddedConfig } from '../../deploy/embedded/src/config';
import { demoDataStatus, loadDemoDataOnFirstStart } from '../../deploy/embedded/src/demo-data';
import { startEmbedded, type EmbeddedSystem } from '../../deploy/embedded/src/embedded';

const readyz = async (url: string) => {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: (await response.json()) as { checks?: Record<string, boolean> } };
};

describe('embedded mode: /readyz while the demo data loads', () => {
  let dataDir: string;
  let config: EmbeddedConfig;
  let system: EmbeddedSystem | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'jisr-readyz-'));
    config = loadEmbeddedConfig({
      JISR_DATA_DIR: dataDir,
      PROFILE_PORT: '0',
      MATCHING_PORT: '0',
      MESSAGING_PORT: '0',
      PASSWORD_SCRYPT_COST: '10',
      JISR_DEMO_SCRYPT_COST: '10',
      LOG_LEVEL: 'silent',
    });
  });

  afterAll(async () => {
    await system?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('when the demo data is still loading, then every /readyz answers 503 with demoDataLoaded false, and 200 once it is loaded and its logins work', async () => {
    const status = demoDataStatus(true);
    system = await startEmbedded(config, silentLogger(), status.readiness);
    const { endpoints } = system;

    for (const { url } of endpoints) {
      const loading = await readyz(url);
      expect(loading.status).toBe(503);
      expect(loading.body.checks).toEqual(expect.objectContaining({ demoDataLoaded: false, storage: true }));
    }

    await loadDemoDataOnFirstStart(config, system, status, () => undefined);

    for (const { url } of endpoints) {
      const loaded = await readyz(url);
      expect(loaded.status).toBe(200);
      expect(loaded.body.checks).toEqual(expect.objectContaining({ demoDataLoaded: true }));
    }
    const url = (name: string) => endpoints.find((e) => e.name === name)?.url ?? '';
    const api = createApiClient({
      profile: url('profile'),
      matching: url('matching'),
      messaging: url('messaging'),
    });
    const data = demoData(config.JISR_DEMO_SEED);
    const session = await logIn(api, data.startups[0]!.email, data.password);
    expect(session.accountId).toEqual(expect.any(String));
  }, 180_000);
});
