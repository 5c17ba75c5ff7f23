import { loadConfigOrExit } from '@jisr/config';
import { runUntilSignal } from '@jisr/http-kit';
import { createLogger } from '@jisr/logger';
import { createProfileService } from './app';
import { profileConfigSchema } from './config';

// Process entry: a bad environment exits 1 with one line naming each bad variable; a failed start
// is an unhandled rejection, which runUntilSignal logs as fatal before it stops and exits 1.
const main = async (): Promise<void> => {
  const config = loadConfigOrExit(profileConfigSchema);
  const logger = createLogger({ service: 'profile', level: config.LOG_LEVEL });
  const service = createProfileService(config, { logger });
  runUntilSignal(() => service.stop(), logger);
  await service.start();
};

void main();
