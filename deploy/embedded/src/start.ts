import { runUntilSignal } from '@jisr/http-kit';
import { createLogger } from '@jisr/logger';
import { listMailFolder, mailFolderOf } from '@jisr/mail';
import { ConfigError } from '@jisr/config';
import { banner, demoLoginLines } from './banner';
import { loadEmbeddedConfig, type EmbeddedConfig } from './config';
import { demoDataStatus, loadDemoDataOnFirstStart, seededBefore } from './demo-data';
import { startEmbedded } from './embedded';
import { startWebApp } from './web-app';

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function main(config: EmbeddedConfig): Promise<void> {
  const logger = createLogger({ service: 'embedded', level: config.LOG_LEVEL });
  say(`Starting Jisr (data in ${config.JISR_DATA_DIR}) ...`);
  const seeding = config.JISR_DEMO_DATA && !(await seededBefore(config.JISR_DATA_DIR));
  const demo = demoDataStatus(seeding);
  const system = await startEmbedded(config, logger, config.JISR_DEMO_DATA ? demo.readiness : undefined);
  const web = await startWebApp(config, system.endpoints).catch(async (error: unknown) => {
    await system.stop();
    throw error;
  });
  // First, so a newcomer sees where to open the app while the demo data loads.
  say(`Jisr web app: ${web.url}`);
  runUntilSignal(async () => {
    say('Stopping Jisr: finishing the events in flight ...');
    await web.stop();
    await system.stop();
    say(`Jisr stopped; the data stays in ${config.JISR_DATA_DIR}.`);
  }, logger);
  if (!seeding) {
    say(
      banner(
        config,
        system.endpoints,
        web.url,
        'loaded',
        await listMailFolder(mailFolderOf(config.JISR_DATA_DIR)),
      ),
    );
    return;
  }
  say(banner(config, system.endpoints, web.url, 'loading'));
  try {
    await loadDemoDataOnFirstStart(config, system, demo, say);
  } catch (error) {
    await web.stop();
    // Stop cleanly so the next start finds consistent files and seeds again (no marker was written).
    await system.stop();
    throw error;
  }
  say(`\nThe demo data is loaded; log in with:\n${demoLoginLines(config)}\n`);
}

const explain = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  return message.includes('EADDRINUSE')
    ? `${message}; another program uses that port: set WEB_PORT, PROFILE_PORT, MATCHING_PORT or MESSAGING_PORT`
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
