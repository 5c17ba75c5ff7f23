import type { Logger } from '@jisr/logger';
import { logLevel, type logCreator } from 'kafkajs';

/**
 * Lines kafkajs writes that say nothing new here: the retry limit is on purpose (the outbox
 * relay republishes and consumers are idempotent), and an abandoned delivery of a stopping
 * consumer is redelivered by design.
 */
const EXPECTED = [/Limiting retries for the idempotent producer/, /DeliveryAborted/];

/** What kafkajs says, once per retry, when it cannot reach the brokers: this starts an outage. */
const UNREACHABLE =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection (error|timeout)|Closed connection|KafkaJSConnection|No broker available/i;
/** Follow-ups of the same failure (retries given up, a consumer restarting): quiet only during an outage. */
const DURING_OUTAGE =
  /Number of retries exceeded|Restarting the consumer|Crash|Request timed out|coordinator/i;

/**
 * Whether the brokers answer, as this process sees it. An outage is logged once when it starts
 * ("down", with the first error) and once when the bus works again ("back"); the retries in
 * between go to debug, so one outage is two lines, not hundreds.
 */
export class BrokerLink {
  private down = false;
  private since = 0;

  constructor(private readonly logger: Logger) {}

  /** Returns true when the line was about the outage (and is now logged at most once). */
  unreachable(line: Record<string, unknown>, message: string): boolean {
    const text = `${message} ${JSON.stringify(line)}`;
    if (this.down && DURING_OUTAGE.test(text)) {
      this.logger.debug(line, message);
      return true;
    }
    if (!UNREACHABLE.test(text)) return false;
    if (!this.down) {
      this.down = true;
      this.since = Date.now();
      this.logger.error(
        { ...line, kafkaMessage: message },
        'kafka unreachable; retrying quietly until it is back',
      );
    } else this.logger.debug(line, message);
    return true;
  }

  /** Something reached the brokers (a publish, a group join, a fetch). */
  reached(): void {
    if (!this.down) return;
    this.down = false;
    this.logger.warn({ downForMs: Date.now() - this.since }, 'kafka reachable again');
  }
}

/** Sends kafkajs's own log lines (warnings and errors only) into the service's pino logger. */
export function kafkajsLogs(logger: Logger, link: BrokerLink): logCreator {
  return () =>
    ({ namespace, level, log }) => {
      const { message, ...fields } = log;
      const line = { ...fields, component: `kafkajs.${namespace}` };
      const expected = EXPECTED.some((pattern) => pattern.test(`${message} ${String(fields.stack ?? '')}`));
      if (expected) logger.debug(line, message);
      else if (level <= logLevel.WARN && link.unreachable(line, message)) return;
      else if (level === logLevel.ERROR) logger.error(line, message);
      else if (level === logLevel.WARN) logger.warn(line, message);
      else logger.debug(line, message);
    };
}
