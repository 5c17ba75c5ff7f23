import { EVENT_TYPES, parseEvent, type EventEnvelope, type KnownEvent } from '@jisr/contracts';

/**
 * Validates an event of a type this platform knows (a bad one throws: retried, then dead-lettered).
 * A type newer than this build is passed over, so producers can add events without breaking us.
 */
export function knownEventOrNull(envelope: EventEnvelope): KnownEvent | null {
  return (EVENT_TYPES as readonly string[]).includes(envelope.type) ? parseEvent(envelope) : null;
}
