import type { Logger } from '@jisr/logger';
import { logLevel, type logCreator } from 'kafkajs';

/** Sends kafkajs's own log lines (warnings and errors only) into the service's pino logger. */
export function kafkajsLogs(logger: Logger): logCreator {
  return () =>
    ({ namespace, level, log }) => {
      const { message, ...fields } = log;
      const line = { ...fields, component: `kafkajs.${namespace}` };
      if (level === logLevel.ERROR) logger.error(line, message);
      else if (level === logLevel.WARN) logger.warn(line, message);
      else logger.debug(line, message);
    };
}
