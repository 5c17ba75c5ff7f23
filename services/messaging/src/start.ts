import { runUntilSignal } from '@jisr/http-kit';
import { createLogger } from '@jisr/logger';
import { createMessagingService } from './app';
import { loadMessagingConfig } from './config';

const config = loadMessagingConfig();
const logger = createLogger({ service: 'messaging', level: config.LOG_LEVEL });
const service = createMessagingService(config, { logger });
service.start().then(
  () => runUntilSignal(() => service.stop(), logger),
  (error: unknown) => {
    logger.fatal({ err: error }, 'messaging did not start');
    process.exit(1);
  },
);
