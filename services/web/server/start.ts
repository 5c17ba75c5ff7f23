import { loadConfigOrExit } from '@jisr/config';
import { runUntilSignal } from '@jisr/http-kit';
import { createLogger } from '@jisr/logger';
import { createWebService } from './app';
import { webConfigSchema } from './config';

/** Process entry: validated config, the BFF, and a clean stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfigOrExit(webConfigSchema);
  const logger = createLogger({ service: 'web', level: config.LOG_LEVEL });
  const service = createWebService(config, { logger });
  runUntilSignal(service.stop, logger);
  await service.start();
}

void main();
