export * from './event-bus.port';
export { DEAD_LETTER_HEADERS, DEFAULT_RETRY } from './delivery';
export { createInProcessBus, type InProcessBus, type InProcessBusOptions } from './in-process/in-process-bus';
export { createKafkaBus, type KafkaBusOptions } from './kafka/kafka-bus';
export { openBus, type BusConfig } from './open-bus';
