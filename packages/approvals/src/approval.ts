import { z } from 'zod';

/** requested → approved | rejected | expired; the three outcomes are final. */
export const APPROVAL_STATES = ['requested', 'approved', 'rejected', 'expired'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];
export const approvalStateSchema = z.enum(APPROVAL_STATES);

export const VERDICTS = ['approve', 'reject'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A member of staff as an approval records them. */
export const staffRefSchema = z.object({
  accountId: z.string(),
  organisationId: z.string().optional(),
});
export type StaffRef = z.infer<typeof staffRefSchema>;

/** What an approval is about, e.g. `{ type: 'account', id }` or `{ type: 'cohort-round', id }`. */
export const approvalTargetSchema = z.object({ type: z.string(), id: z.string() });
export type ApprovalTarget = z.infer<typeof approvalTargetSchema>;

export const approvalSchema = z.object({
  approvalId: z.string(),
  /** The action that runs on approval, e.g. `account.erase`, `advisor.deactivate`, `cohort-round.confirm`. */
  action: z.string(),
  target: approvalTargetSchema,
  /** Everything the action needs to run later, as the requester asked for it. */
  payload: z.record(z.string(), z.unknown()),
  requestedBy: staffRefSchema,
  requestedAt: z.string(),
  expiresAt: z.string(),
  state: approvalStateSchema,
  decidedBy: staffRefSchema.nullable(),
  decidedAt: z.string().nullable(),
  /** Why it was rejected (required then); an approver may leave a note too. */
  reason: z.string().nullable(),
});
export type Approval = z.infer<typeof approvalSchema>;

/** Who decides: their account, organisation and staff roles (from the access token). */
export interface Decider extends StaffRef {
  readonly staffRoles: readonly string[];
}

export interface ApprovalRequest {
  readonly approvalId: string;
  readonly action: string;
  readonly target: ApprovalTarget;
  readonly payload: Record<string, unknown>;
  readonly requestedBy: StaffRef;
}

const staffRef = ({ accountId, organisationId }: StaffRef): StaffRef =>
  organisationId === undefined ? { accountId } : { accountId, organisationId };

/** A new request, open until `ttlMs` after `now`. */
export function requestApproval(request: ApprovalRequest, now: Date, ttlMs: number): Approval {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError('an approval must stay open for some time');
  return {
    approvalId: request.approvalId,
    action: request.action,
    target: { type: request.target.type, id: request.target.id },
    payload: { ...request.payload },
    requestedBy: staffRef(request.requestedBy),
    requestedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
    state: 'requested',
    decidedBy: null,
    decidedAt: null,
    reason: null,
  };
}

/** Past its expiry a request is expired, whether or not anyone stored that yet. */
export const isPastExpiry = (approval: Approval, now: Date): boolean =>
  approval.state === 'requested' && now.getTime() >= Date.parse(approval.expiresAt);

/** The approval as it stands at `now`: an open request past its expiry reads as expired. */
export function approvalAt<A extends Approval>(approval: A, now: Date): A {
  return isPastExpiry(approval, now)
    ? { ...approval, state: 'expired', decidedAt: approval.expiresAt }
    : approval;
}

export { staffRef };
