import type { Logger } from '@jisr/logger';
import { logLevel, type logCreator } from 'kafkajs';

/**
 * Lines kafkajs writes that say nothing new here: the retry limit is on purpose (the outbox
 * relay republishes and consumers are idempotent), and an abandoned delivery of a stopping
 * consumer is redelivered by design.
 */
const EXPECTED = [/Limiting retries for the idempotent producer/, /DeliveryAborted/];

/** Sends kafkajs's own log lines (warnings and errors only) into the service's pino logger. */
export function kafkajsLogs(logger: Logger): logCreator {
  return () =>
    ({ namespace, level, log }) => {
      const { message, ...fields } = log;
      const line = { ...fields, component: `kafkajs.${namespace}` };
      const expected = EXPECTED.some((pattern) => pattern.test(`${message} ${String(fields.stack ?? '')}`));
      if (expected) logger.debug(line, message);
      else if (level === logLevel.ERROR) logger.error(line, message);
      else if (level === logLevel.WARN) logger.warn(line, message);
      else logger.debug(line, message);
    };
}
