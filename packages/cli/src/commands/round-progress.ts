import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import type { SignedInClient } from '../api/auth';
import { CliError } from '../cli-error';
import { roundTextsFor, type RoundPhase } from '../output/round-texts';
import type { CommandContext } from './command';

const POLL_MS = 500;
const BAR = 24;

const runSchema = z.looseObject({
  roundId: z.string(),
  state: z.enum(['queued', 'solving', 'ready', 'failed', 'cancelled']),
  progress: z
    .object({
      phase: z.enum(['queued', 'scoring', 'solving', 'pricing']),
      fraction: z.number(),
      elapsedMs: z.number(),
      round: z.number(),
    })
    .optional(),
  failure: z.looseObject({ code: z.string() }).nullable().optional(),
});

/**
 * Follows a round until it is ready and returns it: on a terminal a bar redrawn in place, otherwise
 * one line each time the phase changes or another tenth is done (so logs stay short). A cancelled
 * or failed round ends the command with its reason.
 */
export async function followRound(
  ctx: CommandContext,
  client: SignedInClient,
  first: unknown,
): Promise<unknown> {
  const texts = roundTextsFor(ctx.lang);
  const tty = ctx.io.stderrIsTTY === true;
  let last = '';
  let payload = first;
  for (;;) {
    const run = runSchema.parse(payload);
    if (run.state === 'ready') break;
    if (run.state === 'cancelled')
      throw new CliError(texts.cancelled(run.roundId), 1, 'MATCHING.ROUND_CANCELLED');
    if (run.state === 'failed') {
      const code = run.failure?.code ?? 'MATCHING.ROUND_FAILED';
      throw new CliError(texts.failed(run.roundId, code), 1, code);
    }
    const { phase = 'queued', fraction = 0, elapsedMs = 0, round = 0 } = run.progress ?? {};
    const percent = Math.floor(fraction * 100);
    const line = texts.progress(
      texts.phase[phase as RoundPhase],
      percent,
      Math.round(elapsedMs / 1000),
      round,
    );
    const key = `${phase}:${Math.floor(percent / 10)}`;
    if (tty) {
      const filled = Math.round((percent / 100) * BAR);
      ctx.io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${line}\u001b[K`);
    } else if (key !== last) ctx.progress(line);
    last = key;
    await delay(POLL_MS);
    payload = await client.call('matching', `/v1/cohort-rounds/${encodeURIComponent(run.roundId)}`, {
      query: { lang: ctx.lang },
    });
  }
  if (tty && last !== '') ctx.io.stderr('\n');
  return payload;
}

/** `jisr round --cancel <roundId>`: stops a queued or solving round. */
export async function cancelRound(ctx: CommandContext, client: SignedInClient, roundId: string) {
  ctx.progress(roundTextsFor(ctx.lang).cancelling(roundId));
  const path = `/v1/cohort-rounds/${encodeURIComponent(roundId)}/cancel`;
  const run = runSchema.parse(
    await client.call('matching', path, { method: 'POST', query: { lang: ctx.lang } }),
  );
  return { data: run, text: roundTextsFor(ctx.lang).cancelled(run.roundId) };
}
