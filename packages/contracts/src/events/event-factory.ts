import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { eventEnvelopeSchema, type EventEnvelope } from '../envelope';
import { EVENT_PAYLOADS, EVENT_TYPES, type EventPayload, type EventType } from './event-catalogue';

/** An envelope whose `type` is `T` and whose payload has been validated against `T`'s schema. */
export type EventOf<T extends EventType> = Omit<EventEnvelope, 'type' | 'payload'> & {
  type: T;
  payload: EventPayload<T>;
};

/** Any event this platform knows; switch on `type` to get a typed `payload`. */
export type KnownEvent = { [T in EventType]: EventOf<T> }[EventType];

export const eventTypeSchema = z.enum(EVENT_TYPES as [EventType, ...EventType[]]);

export interface MakeEventOptions<T extends EventType> {
  aggregateId: string;
  version: number;
  payload: EventPayload<T>;
  correlationId?: string | undefined;
  /** Defaults to now; pass the service clock's time for deterministic tests. */
  occurredAt?: Date | string | undefined;
  /** Defaults to a random UUID. */
  id?: string | undefined;
}

/** Builds an event of `type`; throws a ZodError if the payload or envelope fields are invalid. */
export function makeEvent<T extends EventType>(type: T, options: MakeEventOptions<T>): EventOf<T> {
  const occurredAt = options.occurredAt ?? new Date();
  const envelope = eventEnvelopeSchema.parse({
    id: options.id ?? randomUUID(),
    type,
    occurredAt: typeof occurredAt === 'string' ? occurredAt : occurredAt.toISOString(),
    aggregateId: options.aggregateId,
    version: options.version,
    ...(options.correlationId === undefined ? {} : { correlationId: options.correlationId }),
    payload: options.payload,
  });
  const payload = EVENT_PAYLOADS[type].parse(envelope.payload) as EventPayload<T>;
  return { ...envelope, type, payload };
}

const knownTypeEnvelopeSchema = eventEnvelopeSchema.extend({ type: eventTypeSchema });

/** Validates an incoming envelope and its payload by `type`; throws a ZodError on anything unknown or invalid. */
export function parseEvent(input: unknown): KnownEvent {
  const envelope = knownTypeEnvelopeSchema.parse(input);
  const payload = EVENT_PAYLOADS[envelope.type].safeParse(envelope.payload);
  if (!payload.success) {
    throw new z.ZodError(
      payload.error.issues.map((issue) => ({ ...issue, path: ['payload', ...issue.path] })),
    );
  }
  return { ...envelope, payload: payload.data } as KnownEvent;
}

/**
 * What every consumer calls on an incoming envelope: a known type is validated (a bad one throws,
 * so the bus retries it and then dead-letters it); a type newer than this build is passed over as
 * null, so producers can add events without breaking any consumer.
 */
export function knownEventOrNull(input: unknown): KnownEvent | null {
  const type: unknown =
    typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  const newer = typeof type === 'string' && !(EVENT_TYPES as readonly string[]).includes(type);
  return newer ? null : parseEvent(input);
}
