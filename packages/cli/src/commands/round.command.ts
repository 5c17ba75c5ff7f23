import { z } from 'zod';
import type { SignedInClient } from '../api/auth';
import { allItems, profileNames, type ProfileKind } from '../api/listings';
import { usageError } from '../cli-error';
import { approvalTextsFor } from '../output/approval-texts';
import { table } from '../output/table';
import { stringOption, type Command, type CommandContext } from './command';
import { cancelRound, followRound } from './round-progress';

const OBJECTIVES = ['max-total', 'max-matched-then-total'] as const;

const roundSchema = z.looseObject({
  roundId: z.string(),
  cohortId: z.string(),
  status: z.string(),
  total: z.number(),
  pairs: z.array(z.looseObject({ startupId: z.string(), advisorId: z.string(), score: z.number() })),
  unassigned: z.array(z.looseObject({ startupId: z.string(), reason: z.string() })),
  introductionIds: z.array(z.string()),
  skipped: z.array(z.unknown()),
});
/** Names by id from the council's listings in profile (pairs carry ids only). */
async function namesOf(client: SignedInClient, kind: ProfileKind): Promise<Map<string, string>> {
  const items = await allItems((cursor) =>
    client.call('profile', `/v1/${kind}s`, { query: { limit: 100, cursor } }),
  );
  return new Map(profileNames(items, kind));
}

async function render(ctx: CommandContext, client: SignedInClient, payload: unknown) {
  const round = roundSchema.parse(payload);
  ctx.progress(ctx.texts.naming);
  const [startups, advisors] = await Promise.all([namesOf(client, 'startup'), namesOf(client, 'advisor')]);
  const h = ctx.texts.h;
  const lines = [
    ctx.texts.round(round.roundId, round.status, round.pairs.length, Math.round(round.total)),
    table(
      round.pairs,
      [
        { header: h.startup, value: (p) => startups.get(p.startupId) ?? p.startupId, max: 36 },
        { header: h.advisor, value: (p) => advisors.get(p.advisorId) ?? p.advisorId, max: 36 },
        { header: h.score, value: (p) => Math.round(p.score), align: 'right' },
      ],
      ctx.texts.noItems,
    ),
  ];
  if (round.unassigned.length > 0)
    lines.push(
      '',
      ctx.texts.unassigned,
      table(
        round.unassigned,
        [
          { header: h.startup, value: (u) => startups.get(u.startupId) ?? u.startupId, max: 36 },
          { header: h.reason, value: (u) => u.reason },
        ],
        ctx.texts.noItems,
      ),
    );
  lines.push(
    '',
    round.status === 'confirmed'
      ? ctx.texts.confirmed(round.introductionIds.length, round.skipped.length)
      : ctx.texts.confirmHint(round.roundId),
  );
  return { data: payload, text: lines.join('\n') };
}

export const roundCommand: Command = {
  name: 'round',
  usage: `round --cohort <cohortId> [--objective ${OBJECTIVES.join('|')}]   |   round --confirm <roundId>   |   round --cancel <roundId>`,
  summary:
    'A cohort-wide matching round (council): preview the optimal assignment, then confirm it into requests',
  options: {
    cohort: { type: 'string' },
    objective: { type: 'string' },
    confirm: { type: 'string' },
    cancel: { type: 'string' },
  },
  run: async (ctx) => {
    const client = await ctx.signedIn();
    const confirm = stringOption(ctx.options, 'confirm');
    if (confirm !== undefined) {
      ctx.progress(ctx.texts.confirming(confirm));
      const path = `/v1/cohort-rounds/${encodeURIComponent(confirm)}/confirm`;
      const answer = await client.call('matching', path, {
        method: 'POST',
        body: {},
        query: { lang: ctx.lang },
      });
      // Above the programme's four-eyes size, a second programme manager must approve.
      const asked = z.object({ approvalId: z.string() }).safeParse(answer);
      if (asked.success)
        return { data: answer, text: approvalTextsFor(ctx.lang).asked(asked.data.approvalId) };
      return render(ctx, client, answer);
    }
    const cancel = stringOption(ctx.options, 'cancel');
    if (cancel !== undefined) return cancelRound(ctx, client, cancel);
    const cohortId = stringOption(ctx.options, 'cohort');
    if (cohortId === undefined)
      throw usageError(`Missing --cohort or --confirm. Usage: jisr ${roundCommand.usage}`);
    const objective = stringOption(ctx.options, 'objective') ?? 'max-total';
    if (!(OBJECTIVES as readonly string[]).includes(objective))
      throw usageError(`--objective must be one of ${OBJECTIVES.join(', ')}.`);
    ctx.progress(ctx.texts.computing(cohortId));
    // Answered at once (202) with the run; its progress is followed until the round is ready.
    const started = await client.call('matching', '/v1/cohort-rounds', {
      method: 'POST',
      body: { cohortId, objective },
      query: { lang: ctx.lang },
      headers: { prefer: 'respond-async' },
    });
    return render(ctx, client, await followRound(ctx, client, started));
  },
};
