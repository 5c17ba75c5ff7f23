import { type EventEnvelope, eventEnvelopeSchema } from '@jisr/contracts';
import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import { eventHeaders } from '../delivery';

/** An event as a Kafka message: key = aggregate id (per-key order), JSON value, routing headers. */
export function toMessage(event: EventEnvelope): Message {
  return { key: event.aggregateId, value: JSON.stringify(event), headers: eventHeaders(event) };
}

export type Decoded =
  { readonly ok: true; readonly event: EventEnvelope } | { readonly ok: false; readonly error: Error };

/** Parses and validates a message; anything but a valid envelope is an error (dead-lettered as is). */
export function fromMessage(message: KafkaMessage): Decoded {
  let value: unknown;
  try {
    value = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch {
    return { ok: false, error: new Error('message value is not JSON') };
  }
  const parsed = eventEnvelopeSchema.safeParse(value);
  return parsed.success
    ? { ok: true, event: parsed.data }
    : { ok: false, error: new Error(`invalid event envelope: ${parsed.error.message}`) };
}

export function headersOf(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[name] = first.toString();
  }
  return out;
}
