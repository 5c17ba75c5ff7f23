import {
  approvalListQuerySchema,
  approvalListSchema,
  approvalSchema,
  approveBodySchema,
  rejectBodySchema,
  type Decider,
  type Verdict,
} from '@jisr/approvals';
import type { Principal } from '@jisr/auth';
import { entityIdSchema } from '@jisr/contracts';
import { defineRoute, problems, signedIn, type Route } from '@jisr/http-kit';
import { z } from 'zod';
import { decideApproval, listApprovals } from '../../domain/approvals/round-approvals.use-case';
import type { MatchingContext } from '../../domain/matching-context';

/** The caller as a decider of approvals: account, organisation and staff roles from the token. */
export const deciderOf = (principal: Principal): Decider => ({
  accountId: principal.sub,
  ...(principal.organisationId === undefined ? {} : { organisationId: principal.organisationId }),
  staffRoles: principal.staffRoles,
});

const approvalParams = z.object({ approvalId: entityIdSchema }).strict();
const refused = {
  403: { description: 'APPROVAL.OWN_REQUEST or APPROVAL.ROLE_MAY_NOT_DECIDE' },
  404: { description: 'APPROVAL.NOT_FOUND' },
  409: { description: 'APPROVAL.ALREADY_DECIDED, APPROVAL.EXPIRED, or the round was confirmed meanwhile' },
};
// Programme managers decide matching's four-eyes action (confirming a large cohort round).
const staff = ['programme-manager'] as const;

/** `POST /v1/approvals/:approvalId/approve|reject`: the verdict is in the path, a reason in the body. */
const decisionRoute = (
  context: () => MatchingContext,
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
    responses: {
      200: { description: 'The approval as decided', schema: approvalSchema },
      ...problems,
      ...refused,
    },
    handle: async ({ actor, params, body: { reason }, trace }) => ({
      status: 200,
      body: await decideApproval(
        context(),
        { approvalId: params.approvalId, verdict, reason, by: deciderOf(signedIn(actor)) },
        trace.correlationId,
      ),
    }),
  });

/** Four-eyes on confirming a cohort round larger than its programme's `fourEyesRoundSize`. */
export const approvalRoutes = (context: () => MatchingContext): Route[] => [
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
      body: { items: await listApprovals(context(), deciderOf(signedIn(actor)), query.state) },
    }),
  }),
  decisionRoute(
    context,
    'approve',
    approveBodySchema,
    'Approve another programme manager’s request: the round confirms, once',
  ),
  decisionRoute(
    context,
    'reject',
    rejectBodySchema,
    'Reject another programme manager’s request, with a reason; nothing is confirmed',
  ),
];
