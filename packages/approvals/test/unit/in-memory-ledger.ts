import type { Approval, ApprovalLedger } from '../../src';

export type Stored = Approval & { readonly version: number };

/**
 * A ledger with real transaction semantics in memory: work runs one transaction at a time on a copy,
 * which replaces the store only if the work succeeds; saves are optimistic on `version`.
 */
export function inMemoryLedger(decidingRoles: Record<string, readonly string[]>, failRun = () => false) {
  let committed = new Map<string, Stored>();
  const effects: string[] = [];
  let tail: Promise<unknown> = Promise.resolve();
  type Tx = { rows: Map<string, Stored>; effects: string[] };
  const ledger: ApprovalLedger<Tx, Stored> = {
    transaction: (work) => {
      const next = tail.then(async () => {
        const tx: Tx = { rows: new Map(committed), effects: [] };
        const result = await work(tx);
        committed = tx.rows;
        effects.push(...tx.effects);
        return result;
      });
      tail = next.catch(() => undefined);
      return next;
    },
    approvals: (tx) => ({
      get: async (id) => tx.rows.get(id) ?? null,
      save: async (approval) => {
        const stored = tx.rows.get(approval.approvalId);
        if ((stored?.version ?? 0) !== approval.version) throw new Error('stale version');
        const saved = { ...approval, version: approval.version + 1 };
        tx.rows.set(approval.approvalId, saved);
        return saved;
      },
    }),
    decidingRoles: (action) => decidingRoles[action] ?? [],
    run: async (tx, approval) => {
      tx.effects.push(`${approval.action}:${approval.target.id}`);
      if (failRun()) throw new Error('the action failed');
    },
  };
  return {
    ledger,
    effects,
    seed: (approval: Approval) => committed.set(approval.approvalId, { ...approval, version: 1 }),
    stored: (id: string) => committed.get(id),
  };
}
