import {
  approvalListQuerySchema,
  approvalListSchema,
  approvalSchema,
  approveBodySchema,
  rejectBodySchema,
  type Verdict,
} from '@jisr/approvals';
import { defineRoute, problems, signedIn, type Route } from '@jisr/http-kit';
import { z } from 'zod';
import { decideApproval, listApprovals } from '../../domain/approvals/approvals.use-case';
import { ID_PATTERN } from '../../domain/ids';
import type { ApiDeps } from './api-deps';

const approvalParams = z
  .object({ approvalId: z.string().regex(ID_PATTERN, { error: 'must be an id this service issued' }) })
  .strict();
const decided = { description: 'The approval as decided', schema: approvalSchema };
const refused = {
  403: { description: 'APPROVAL.OWN_REQUEST or APPROVAL.ROLE_MAY_NOT_DECIDE' },
  404: { description: 'APPROVAL.NOT_FOUND' },
  409: { description: 'APPROVAL.ALREADY_DECIDED or APPROVAL.EXPIRED' },
};
// Admins decide profile's four-eyes actions (erasing an account, deactivating an advisor).
const staff = ['admin'] as const;

/** `POST /v1/approvals/:approvalId/approve|reject`: the verdict is in the path, a reason in the body. */
const decisionRoute = (
  deps: ApiDeps,
  verdict: Verdict,
  body: z.ZodType<{ reason?: string | undefined }>,
  summary: string,
): Route =>
  defineRoute({
    method: 'post',
    path: `/v1/approvals/:approvalId/${verdict}`,
    tag: 'Approvals',
    summary,
    access: staff,
    params: approvalParams,
    body,
    responses: { 200: decided, ...problems, ...refused },
    handle: async ({ actor, params, body: { reason }, trace }) => ({
      status: 200,
      body: await decideApproval(
        deps.context(),
        signedIn(actor),
        { approvalId: params.approvalId, verdict, reason },
        trace,
      ),
    }),
  });

/** Four-eyes on profile's staff actions (erasing an account, deactivating an advisor). */
export const approvalRoutes = (deps: ApiDeps): Route[] => [
  defineRoute({
    method: 'get',
    path: '/v1/approvals',
    tag: 'Approvals',
    summary: 'Approvals in a state (default: requested ones waiting for my decision, not mine)',
    access: staff,
    query: approvalListQuerySchema,
    responses: { 200: { description: 'Newest first', schema: approvalListSchema }, ...problems },
    handle: async ({ actor, query }) => ({
      status: 200,
      body: { items: await listApprovals(deps.context(), signedIn(actor), query.state) },
    }),
  }),
  decisionRoute(
    deps,
    'approve',
    approveBodySchema,
    'Approve another member of staff’s request: the action runs, exactly once',
  ),
  decisionRoute(
    deps,
    'reject',
    rejectBodySchema,
    'Reject another member of staff’s request, with a reason; nothing runs',
  ),
];
