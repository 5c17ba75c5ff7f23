import type { Principal, StaffRole } from '@jisr/auth';
import { defineRoute, problems, signedIn, type Route } from '@jisr/http-kit';
import { z } from 'zod';
import { approvalSchema, type Approval, type ApprovalState, type Verdict } from './approval';
import {
  approvalListQuerySchema,
  approvalListSchema,
  approveBodySchema,
  rejectBodySchema,
} from './approval-requests';

/** A decision as the caller asks it: the decider comes from their token. */
export interface DecisionAsked {
  readonly approvalId: string;
  readonly verdict: Verdict;
  readonly reason?: string | undefined;
}

/** What a service plugs into the shared approval routes: who decides, and its own use cases. */
export interface ApprovalRoutesOf {
  /** The staff roles that decide this service's four-eyes actions. */
  readonly deciders: readonly StaffRole[];
  /** The service's id rule for `:approvalId`. */
  readonly approvalId: z.ZodType<string>;
  /** What a 409 means here beyond the shared refusals. */
  readonly conflicts: string;
  /** Summaries naming this service's action ("the round confirms, once"). */
  readonly summaries: Readonly<Record<Verdict, string>>;
  list(caller: Principal, state: ApprovalState): Promise<Approval[]>;
  decide(
    caller: Principal,
    decision: DecisionAsked,
    trace: { readonly correlationId?: string },
  ): Promise<Approval>;
}

const BODIES = { approve: approveBodySchema, reject: rejectBodySchema } as const;

/** `GET /v1/approvals` and `POST /v1/approvals/:approvalId/approve|reject`, the same in every service. */
export const approvalRoutes = (service: ApprovalRoutesOf): Route[] => [
  defineRoute({
    method: 'get',
    path: '/v1/approvals',
    tag: 'Approvals',
    summary: 'Approvals in a state (default: requested ones waiting for my decision, not mine)',
    access: service.deciders,
    query: approvalListQuerySchema,
    responses: { 200: { description: 'Newest first', schema: approvalListSchema }, ...problems },
    handle: async ({ actor, query }) => ({
      status: 200,
      body: { items: await service.list(signedIn(actor), query.state) },
    }),
  }),
  ...(['approve', 'reject'] as const).map((verdict) =>
    defineRoute({
      method: 'post',
      path: `/v1/approvals/:approvalId/${verdict}`,
      tag: 'Approvals',
      summary: service.summaries[verdict],
      access: service.deciders,
      params: z.object({ approvalId: service.approvalId }).strict(),
      body: BODIES[verdict] as z.ZodType<{ reason?: string | undefined }>,
      responses: {
        200: { description: 'The approval as decided', schema: approvalSchema },
        ...problems,
        403: { description: 'APPROVAL.OWN_REQUEST or APPROVAL.ROLE_MAY_NOT_DECIDE' },
        404: { description: 'APPROVAL.NOT_FOUND' },
        409: { description: `APPROVAL.ALREADY_DECIDED, APPROVAL.EXPIRED${service.conflicts}` },
      },
      handle: async ({ actor, params, body: { reason }, trace }) => ({
        status: 200,
        body: await service.decide(
          signedIn(actor),
          { approvalId: params.approvalId, verdict, reason },
          trace,
        ),
      }),
    }),
  ),
];
