import { http } from '../support/http';
import type { Urls } from '../support/story';
import { type Ledger, type Sessions, type Verdict, verify } from './workload';

/** Polls every service's /readyz until all answer 200; returns the milliseconds it took. */
export async function readyAfter(urls: Urls, since: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (const base of Object.values(urls))
    while ((await http(`${base}/readyz`).catch(() => ({ status: 0 }))).status !== 200) {
      if (Date.now() > deadline) throw new Error(`${base} not ready within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  return Date.now() - since;
}

/**
 * Verifies until nothing acknowledged is missing or `timeoutMs` passed; the time is how long
 * the services took to agree again (from `since`).
 */
export async function convergence(
  urls: Urls,
  sessions: Sessions,
  ledger: Ledger,
  since: number,
  timeoutMs: number,
): Promise<{ verdict: Verdict; convergedMs: number | null }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const verdict = await verify(urls, sessions, ledger);
    if (verdict.lost === 0) return { verdict, convergedMs: Date.now() - since };
    if (Date.now() > deadline) return { verdict, convergedMs: null };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
