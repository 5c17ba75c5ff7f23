import type { MatchingTx } from '../matching-store.port';

/**
 * An erased startup's progress records go, in every programme: they are personal rows (its sessions,
 * milestones and quarterly figures by date), and reports already leave an erased startup out of
 * every count, so no anonymised copy is kept. Returns how many went; a repeat finds none.
 */
export async function forgetStartupProgress(tx: MatchingTx, startupId: string): Promise<number> {
  const records = await tx.progress.ofStartup(startupId);
  for (const record of records) await tx.progress.remove(record.id);
  return records.length;
}
