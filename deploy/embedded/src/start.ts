import { runUntilSignal } from '@jisr/http-kit';
import { createLogger } from '@jisr/logger';
import { ConfigError } from '@jisr/config';
import { banner } from './banner';
import { loadEmbeddedConfig, type EmbeddedConfig } from './config';
import { loadDemoData, seededBefore } from './demo-data';
import { startEmbedded } from './embedded';

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

// Seeding fills matching's read model through events; wait for them so the first `jisr matches` has answers.
const SETTLE_AFTER_SEED_MS = 30_000;

async function main(config: EmbeddedConfig): Promise<void> {
  const logger = createLogger({ service: 'embedded', level: config.LOG_LEVEL });
  say(`Starting Jisr (data in ${config.JISR_DATA_DIR}) ...`);
  const system = await startEmbedded(config, logger);
  runUntilSignal(async () => {
    say('Stopping Jisr: finishing the events in flight ...');
    await system.stop();
    say(`Jisr stopped; the data stays in ${config.JISR_DATA_DIR}.`);
  }, logger);
  if (config.JISR_DEMO_DATA && !(await seededBefore(config.JISR_DATA_DIR))) {
    try {
      await loadDemoData(config, system.endpoints, say);
    } catch (error) {
      // Stop cleanly so the next start finds consistent files and seeds again (no marker was written).
      await system.stop();
      throw error;
    }
    await system.settle(SETTLE_AFTER_SEED_MS);
  }
  say(banner(config, system.endpoints));
}

const explain = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  return message.includes('EADDRINUSE')
    ? `${message}; another program uses that port: set PROFILE_PORT, MATCHING_PORT or MESSAGING_PORT`
    : message;
};

let config: EmbeddedConfig;
try {
  config = loadEmbeddedConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
main(config).catch((error: unknown) => {
  process.stderr.write(`Jisr could not start: ${explain(error)}\n`);
  process.exit(1);
});
