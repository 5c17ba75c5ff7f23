import { loadConfigOrExit } from '@jisr/config';
import { createLogger } from '@jisr/logger';
import { runUntilSignal } from '@jisr/http-kit';
import { createProfileService } from './app';
import { profileConfigSchema } from './config';

/** Process entry: validated config, the service, and a clean stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfigOrExit(profileConfigSchema);
  const logger = createLogger({ service: 'profile', level: config.LOG_LEVEL });
  const service = createProfileService(config, { logger });
  runUntilSignal(service.stop, logger);
  await service.start();
}

void main();
