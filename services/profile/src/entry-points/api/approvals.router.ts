import { approvalRoutes as sharedApprovalRoutes } from '@jisr/approvals';
import type { Route } from '@jisr/http-kit';
import { z } from 'zod';
import { decideApproval, listApprovals } from '../../domain/approvals/approvals.use-case';
import { ID_PATTERN } from '../../domain/ids';
import type { ApiDeps } from './api-deps';

/** Four-eyes on profile's staff actions (erasing an account, deactivating an advisor): admins decide. */
export const approvalRoutes = (deps: ApiDeps): Route[] =>
  sharedApprovalRoutes({
    deciders: ['admin'],
    approvalId: z.string().regex(ID_PATTERN, { error: 'must be an id this service issued' }),
    conflicts: '',
    summaries: {
      approve: 'Approve another member of staff’s request: the action runs, exactly once',
      reject: 'Reject another member of staff’s request, with a reason; nothing runs',
    },
    list: (caller, state) => listApprovals(deps.context(), caller, state),
    decide: (caller, decision, trace) => decideApproval(deps.context(), caller, decision, trace),
  });
