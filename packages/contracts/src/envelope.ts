import { z } from 'zod';

/** The envelope every event carries on every topic. `payload` is checked per family. */
export const eventEnvelopeSchema = z.object({
  id: z.string().min(1).max(100),
  type: z.string().min(1).max(100),
  occurredAt: z.iso.datetime(),
  aggregateId: z.string().min(1).max(100),
  version: z.number().int().positive(),
  correlationId: z.string().max(100).optional(),
  payload: z.record(z.string(), z.unknown()),
});

export type EventEnvelope = z.infer<typeof eventEnvelopeSchema>;
