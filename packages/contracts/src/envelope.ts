import { z } from 'zod';

/** The envelope every event carries on every topic. `payload` is checked per family (`parseEvent`). */
export const eventEnvelopeSchema = z
  .object({
    /** Unique per event; consumers dedupe on it. */
    id: z.string().min(1).max(100),
    type: z.string().min(1).max(100),
    occurredAt: z.iso.datetime({ offset: true }),
    /** The partition key: one aggregate's events stay in order. */
    aggregateId: z.string().min(1).max(100),
    /** Per-aggregate sequence, starting at 1. */
    version: z.number().int().positive(),
    correlationId: z.string().min(1).max(100).optional(),
    payload: z.record(z.string(), z.unknown()),
  })
  .strict();

export type EventEnvelope = z.infer<typeof eventEnvelopeSchema>;
