import { isAppError } from '@jisr/errors';
import {
  approvalAt,
  approvalsFor,
  decide,
  openRequestFor,
  requestApproval,
  type Approval,
  type Decider,
} from '../../src';

const HOUR = 3_600_000;
const t0 = new Date('2026-12-01T08:00:00.000Z');
const requester: Decider = { accountId: 'acc-requester', organisationId: 'org-deik', staffRoles: ['admin'] };
const admin: Decider = { accountId: 'acc-second', organisationId: 'org-sesric', staffRoles: ['admin'] };
const verifier: Decider = { accountId: 'acc-verifier', staffRoles: ['verifier'] };
const ROLES = ['admin'];

const anErasure = (overrides: Partial<Approval> = {}): Approval => ({
  ...requestApproval(
    {
      approvalId: 'appr-1',
      action: 'account.erase',
      target: { type: 'account', id: 'acc-target' },
      payload: { accountId: 'acc-target' },
      requestedBy: requester,
    },
    t0,
    72 * HOUR,
  ),
  ...overrides,
});

const codeOf = (work: () => unknown): string | undefined => {
  try {
    work();
  } catch (error) {
    return isAppError(error) ? error.code : 'not an AppError';
  }
  return undefined;
};

describe('an approval request', () => {
  test('when requested, then it is open until the time to live and records who asked, without their roles', () => {
    const approval = anErasure();

    expect(approval).toMatchObject({
      state: 'requested',
      requestedAt: t0.toISOString(),
      expiresAt: '2026-12-04T08:00:00.000Z',
      requestedBy: { accountId: 'acc-requester', organisationId: 'org-deik' },
      decidedBy: null,
    });
    expect(approval.requestedBy).not.toHaveProperty('staffRoles');
  });

  test('when its requester decides it, then APPROVAL.OWN_REQUEST, whatever their roles', () => {
    const at = new Date(t0.getTime() + HOUR);

    expect(codeOf(() => decide(anErasure(), { verdict: 'approve', by: requester, at }, ROLES))).toBe(
      'APPROVAL.OWN_REQUEST',
    );
    expect(
      codeOf(() => decide(anErasure(), { verdict: 'reject', by: requester, reason: 'no', at }, ROLES)),
    ).toBe('APPROVAL.OWN_REQUEST');
  });

  test('when a member of staff without a deciding role decides, then APPROVAL.ROLE_MAY_NOT_DECIDE', () => {
    expect(codeOf(() => decide(anErasure(), { verdict: 'approve', by: verifier, at: t0 }, ROLES))).toBe(
      'APPROVAL.ROLE_MAY_NOT_DECIDE',
    );
  });

  test('when a second admin approves, then it is approved by them and the action must run', () => {
    const at = new Date(t0.getTime() + HOUR);
    const outcome = decide(anErasure(), { verdict: 'approve', by: admin, at }, ROLES);

    expect(outcome.effect).toBe('run');
    expect(outcome.approval).toMatchObject({
      state: 'approved',
      decidedBy: { accountId: 'acc-second', organisationId: 'org-sesric' },
      decidedAt: at.toISOString(),
    });
  });

  test('when rejected, then a reason is required and nothing runs', () => {
    expect(
      codeOf(() => decide(anErasure(), { verdict: 'reject', by: admin, reason: '  ', at: t0 }, ROLES)),
    ).toBe('APPROVAL.REASON_REQUIRED');
    const outcome = decide(
      anErasure(),
      { verdict: 'reject', by: admin, reason: ' Wrong person ', at: t0 },
      ROLES,
    );
    expect(outcome).toMatchObject({
      effect: 'none',
      approval: { state: 'rejected', reason: 'Wrong person' },
    });
  });

  test('when decided after its expiry, then it becomes expired and nothing runs', () => {
    const late = new Date(t0.getTime() + 72 * HOUR);
    const outcome = decide(anErasure(), { verdict: 'approve', by: admin, at: late }, ROLES);

    expect(outcome).toMatchObject({ effect: 'expired', changed: true, approval: { state: 'expired' } });
    expect(approvalAt(anErasure(), new Date(late.getTime() - 1)).state).toBe('requested');
    expect(approvalAt(anErasure(), late).state).toBe('expired');
  });

  test('when the same person repeats their decision, then nothing changes; anyone else gets ALREADY_DECIDED', () => {
    const approved = decide(anErasure(), { verdict: 'approve', by: admin, at: t0 }, ROLES).approval;
    const other: Decider = { accountId: 'acc-third', staffRoles: ['admin'] };

    expect(decide(approved, { verdict: 'approve', by: admin, at: t0 }, ROLES)).toEqual({
      approval: approved,
      effect: 'none',
      changed: false,
    });
    expect(codeOf(() => decide(approved, { verdict: 'approve', by: other, at: t0 }, ROLES))).toBe(
      'APPROVAL.ALREADY_DECIDED',
    );
    expect(codeOf(() => decide(approved, { verdict: 'reject', by: admin, reason: 'x', at: t0 }, ROLES))).toBe(
      'APPROVAL.ALREADY_DECIDED',
    );
  });
});

describe('approvals waiting for someone', () => {
  const roles = (action: string) => (action === 'account.erase' ? ['admin'] : ['programme-manager']);
  const mine = anErasure({ approvalId: 'a-mine', requestedBy: { accountId: admin.accountId } });
  const theirs = anErasure({ approvalId: 'a-theirs' });
  const round = anErasure({ approvalId: 'a-round', action: 'cohort-round.confirm' });
  const old = anErasure({ approvalId: 'a-old', expiresAt: t0.toISOString() });

  test('when an admin asks what waits for them, then only open requests of others their roles may decide', () => {
    const waiting = approvalsFor([mine, theirs, round, old], admin, 'requested', t0, roles);

    expect(waiting.map((a) => a.approvalId)).toEqual(['a-theirs']);
  });

  test('when they ask for expired ones, then a request past its expiry reads as expired', () => {
    expect(approvalsFor([mine, theirs, old], admin, 'expired', t0, roles).map((a) => a.approvalId)).toEqual([
      'a-old',
    ]);
  });

  test('when the same action on the same target is still open, then it is found instead of a new one', () => {
    expect(openRequestFor([old, theirs], 'account.erase', 'acc-target', t0)?.approvalId).toBe('a-theirs');
    expect(openRequestFor([old], 'account.erase', 'acc-target', t0)).toBeUndefined();
  });
});
