import { visibleText } from '@jisr/contracts';
import { z } from 'zod';
import { approvalSchema, approvalStateSchema } from './approval';

/** `GET /v1/approvals?state=`: what waits for me by default. */
export const approvalListQuerySchema = z.object({ state: approvalStateSchema.default('requested') }).strict();

/** An approver may leave a note. */
export const approveBodySchema = z
  .object({ reason: visibleText({ kind: 'prose', max: 1000 }).optional() })
  .strict();

/** A rejection always says why. */
export const rejectBodySchema = z.object({ reason: visibleText({ kind: 'prose', max: 1000 }) }).strict();

export const approvalListSchema = z.object({ items: z.array(approvalSchema) });
