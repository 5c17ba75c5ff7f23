import { isAppError } from '@jisr/errors';
import { ManualClock } from '@jisr/test-kit';
import fc from 'fast-check';
import { requestApproval, settleApproval, type Decider } from '../../src';
import { inMemoryLedger } from './in-memory-ledger';

const HOUR = 3_600_000;
const ROLES = { 'account.erase': ['admin'] };
const STAFF: Decider[] = ['a', 'b', 'c', 'd'].map((id) => ({
  accountId: `acc-${id}`,
  staffRoles: ['admin'],
}));
const requester = STAFF[0] as Decider;
const [, second, third] = STAFF as [Decider, Decider, Decider];

function arranged(clock: ManualClock, failRun?: () => boolean) {
  const memory = inMemoryLedger(ROLES, failRun);
  memory.seed(
    requestApproval(
      {
        approvalId: 'appr-1',
        action: 'account.erase',
        target: { type: 'account', id: 'acc-target' },
        payload: {},
        requestedBy: requester,
      },
      clock.now(),
      72 * HOUR,
    ),
  );
  return memory;
}

const codeOf = async (work: Promise<unknown>): Promise<string> =>
  work.then(
    () => 'ok',
    (error: unknown) => (isAppError(error) ? error.code : String(error)),
  );

describe('settling an approval', () => {
  test('when approved twice by the same person, then the action ran once and the retry answers the same', async () => {
    const clock = new ManualClock();
    const memory = arranged(clock);

    const first = await settleApproval(memory.ledger, clock, {
      approvalId: 'appr-1',
      verdict: 'approve',
      by: second,
    });
    const retry = await settleApproval(memory.ledger, clock, {
      approvalId: 'appr-1',
      verdict: 'approve',
      by: second,
    });

    expect(memory.effects).toEqual(['account.erase:acc-target']);
    expect(retry).toEqual(first);
    expect(memory.stored('appr-1')).toMatchObject({
      state: 'approved',
      decidedBy: { accountId: second.accountId },
    });
  });

  test('when three people approve at once, then the action ran once and one of them is the decider', async () => {
    const clock = new ManualClock();
    const memory = arranged(clock);

    const answers = await Promise.all(
      [second, third, STAFF[3] as Decider].map((by) =>
        codeOf(settleApproval(memory.ledger, clock, { approvalId: 'appr-1', verdict: 'approve', by })),
      ),
    );

    expect(memory.effects).toEqual(['account.erase:acc-target']);
    expect(answers.sort()).toEqual(['APPROVAL.ALREADY_DECIDED', 'APPROVAL.ALREADY_DECIDED', 'ok']);
  });

  test('when the action fails, then the approval stays requested and nothing of the action remains', async () => {
    const clock = new ManualClock();
    const memory = arranged(clock, () => true);

    const answer = await codeOf(
      settleApproval(memory.ledger, clock, { approvalId: 'appr-1', verdict: 'approve', by: second }),
    );

    expect(answer).toBe('Error: the action failed');
    expect(memory.effects).toEqual([]);
    expect(memory.stored('appr-1')?.state).toBe('requested');
  });

  test('when approved after its expiry, then it is stored as expired, refused, and nothing runs', async () => {
    const clock = new ManualClock();
    const memory = arranged(clock);
    clock.advance(72 * HOUR);

    const answer = await codeOf(
      settleApproval(memory.ledger, clock, { approvalId: 'appr-1', verdict: 'approve', by: second }),
    );

    expect(answer).toBe('APPROVAL.EXPIRED');
    expect(memory.stored('appr-1')?.state).toBe('expired');
    expect(memory.effects).toEqual([]);
  });

  test('when an unknown approval is decided, then APPROVAL.NOT_FOUND', async () => {
    const clock = new ManualClock();
    const memory = arranged(clock);

    expect(
      await codeOf(
        settleApproval(memory.ledger, clock, { approvalId: 'nope', verdict: 'approve', by: second }),
      ),
    ).toBe('APPROVAL.NOT_FOUND');
  });

  test('when any staff decide in any order, at any time, concurrently or not, then the action runs at most once, only when approved, never by the requester', async () => {
    const attempt = fc.record({
      by: fc.constantFrom(...STAFF),
      verdict: fc.constantFrom('approve' as const, 'reject' as const),
      reason: fc.constantFrom(undefined, '', 'Not this one'),
      hoursLater: fc.integer({ min: 0, max: 40 }),
      together: fc.boolean(),
      actionFails: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(attempt, { minLength: 1, maxLength: 8 }), async (attempts) => {
        const clock = new ManualClock();
        let failing = false;
        const memory = arranged(clock, () => failing);
        const batch: Promise<string>[] = [];
        for (const { by, verdict, reason, hoursLater, together, actionFails } of attempts) {
          if (!together) await Promise.all(batch.splice(0));
          clock.advance(hoursLater * HOUR);
          failing = actionFails;
          batch.push(
            codeOf(settleApproval(memory.ledger, clock, { approvalId: 'appr-1', verdict, by, reason })),
          );
        }
        await Promise.all(batch);
        const final = memory.stored('appr-1');
        expect(memory.effects.length).toBe(final?.state === 'approved' ? 1 : 0);
        expect(final?.decidedBy?.accountId).not.toBe(requester.accountId);
        if (final?.state === 'rejected') expect(final.reason).toBe('Not this one');
      }),
      { numRuns: 200 },
    );
  });
});
