import type { EventBus } from '@jisr/event-bus';

export interface BusWithOutage {
  readonly bus: EventBus;
  /** Publish attempts made while the bus was down. */
  readonly refused: () => number;
  down(): void;
  up(): void;
}

/**
 * Fault injection around a real bus: while down, publish fails the way a broker outage makes
 * it fail; while up, everything goes to the real bus, which does the delivering.
 */
export const withOutage = (real: EventBus): BusWithOutage => {
  let down = false;
  let refused = 0;
  const bus: EventBus = {
    publish: async (topic, events) => {
      if (down) {
        refused += 1;
        throw new Error('broker unavailable');
      }
      await real.publish(topic, events);
    },
    subscribe: (options) => real.subscribe(options),
    isReady: async () => !down && (await real.isReady()),
    close: () => real.close(),
  };
  return {
    bus,
    refused: () => refused,
    down: () => {
      down = true;
    },
    up: () => {
      down = false;
    },
  };
};
