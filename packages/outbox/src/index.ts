export {
  OUTBOX_SPEC,
  createOutbox,
  outboxIn,
  type Outbox,
  type OutboxEntry,
  type OutboxOptions,
  type TxOutbox,
} from './outbox';
export { createOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
export { RELAY_LEASE_SPEC } from './relay-lease';
export {
  PROCESSED_EVENTS_SPEC,
  createIdempotentConsumer,
  type IdempotentConsumer,
  type IdempotentConsumerOptions,
  type ProcessOutcome,
  type ProcessedEvent,
} from './idempotent-consumer';
export { declaredCollection } from './declared-collection';
export { RelayLoop } from './relay-loop';
