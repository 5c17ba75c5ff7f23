import { useTranslation } from 'react-i18next';
import { ApproveOrReject } from '../../../components/approve-or-reject';
import { useDecideVerification, type Decision } from '../api/verification';

/** Approve, or reject with a reason the owner will read. */
export function DecisionForm({ kind, id }: Pick<Decision, 'kind' | 'id'>) {
  const { t } = useTranslation('console');
  const decide = useDecideVerification();
  return (
    <ApproveOrReject
      labels={{
        approve: t('queue.approve'),
        reject: t('queue.reject'),
        reason: t('queue.reason'),
        reasonHint: t('queue.reasonHint'),
        confirmReject: t('queue.confirmReject'),
        back: t('queue.back'),
      }}
      reasonMaxLength={500}
      pending={decide.isPending}
      error={decide.error}
      onApprove={() => decide.mutate({ kind, id, decision: 'verified' })}
      onReject={(reason) => decide.mutate({ kind, id, decision: 'rejected', reason })}
    />
  );
}
