import { approvalRoutes as sharedApprovalRoutes, type Decider } from '@jisr/approvals';
import type { Principal } from '@jisr/auth';
import { entityIdSchema } from '@jisr/contracts';
import type { Route } from '@jisr/http-kit';
import { decideApproval, listApprovals } from '../../domain/approvals/round-approvals.use-case';
import type { MatchingContext } from '../../domain/matching-context';

/** The caller as a decider of approvals: account, organisation and staff roles from the token. */
export const deciderOf = (principal: Principal): Decider => ({
  accountId: principal.sub,
  ...(principal.organisationId === undefined ? {} : { organisationId: principal.organisationId }),
  staffRoles: principal.staffRoles,
});

/** Four-eyes on confirming a cohort round larger than its programme's `fourEyesRoundSize`. */
export const approvalRoutes = (context: () => MatchingContext): Route[] =>
  sharedApprovalRoutes({
    // Programme managers decide matching's four-eyes action (confirming a large cohort round).
    deciders: ['programme-manager'],
    approvalId: entityIdSchema,
    conflicts: ', or the round was confirmed meanwhile',
    summaries: {
      approve: 'Approve another programme manager’s request: the round confirms, once',
      reject: 'Reject another programme manager’s request, with a reason; nothing is confirmed',
    },
    list: (caller, state) => listApprovals(context(), deciderOf(caller), state),
    decide: (caller, decision, trace) =>
      decideApproval(context(), { ...decision, by: deciderOf(caller) }, trace.correlationId),
  });
