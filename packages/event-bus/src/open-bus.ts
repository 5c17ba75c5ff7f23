import type { Logger } from '@jisr/logger';
import type { EventBus } from './event-bus.port';
import { createInProcessBus } from './in-process/in-process-bus';
import { createKafkaBus } from './kafka/kafka-bus';

export type BusConfig =
  | { readonly kind: 'memory'; readonly partitions?: number }
  | {
      readonly kind: 'kafka';
      readonly brokers: readonly string[];
      readonly clientId: string;
      readonly sessionTimeoutMs?: number;
      readonly joinTimeoutMs?: number;
      readonly idempotent?: boolean;
    };

/** The bus chosen by configuration (`BUS=memory|kafka`): same port, other adapter. */
export function openBus(config: BusConfig, logger: Logger): EventBus {
  if (config.kind === 'memory') {
    return createInProcessBus({ logger, ...(config.partitions ? { partitions: config.partitions } : {}) });
  }
  const { kind: _kind, ...kafka } = config;
  return createKafkaBus({ ...kafka, logger });
}
