import { useTranslation } from 'react-i18next';
import { ApproveOrReject } from '../../../components/approve-or-reject';
import { useDecideApproval, type WaitingApproval } from '../api/approvals';

/** Approve (the action runs), or reject with a reason the requester will read. */
export function ApprovalDecision({ approval }: { approval: WaitingApproval }) {
  const { t } = useTranslation('approvals');
  const decide = useDecideApproval();
  const { service, approvalId } = approval;
  return (
    <ApproveOrReject
      labels={{
        approve: t('approve'),
        reject: t('reject'),
        reason: t('reason'),
        reasonHint: t('reasonHint'),
        confirmReject: t('confirmReject'),
        back: t('back'),
      }}
      reasonMaxLength={1000}
      pending={decide.isPending}
      error={decide.error}
      onApprove={() => decide.mutate({ service, approvalId, verdict: 'approve' })}
      onReject={(reason) => decide.mutate({ service, approvalId, verdict: 'reject', reason })}
    />
  );
}
