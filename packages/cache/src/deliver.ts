import type { Logger } from '@jisr/logger';

export type Listener = (message: string) => void;

/** Calls every listener; one that throws is logged and harms neither the others nor the connection. */
export function deliverSafely(
  listeners: Iterable<Listener>,
  channel: string,
  message: string,
  logger: Logger,
): void {
  for (const listener of listeners) {
    try {
      listener(message);
    } catch (error) {
      logger.error({ err: error, channel }, 'cache subscriber failed');
    }
  }
}
