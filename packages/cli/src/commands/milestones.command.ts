import { z } from 'zod';
import { usageError } from '../cli-error';
import { progressTextsFor } from '../output/progress-texts';
import { table } from '../output/table';
import { positional, requiredOption } from './arguments';
import { stringOption, type Command, type CommandContext } from './command';

const encode = encodeURIComponent;
const localized = z.record(z.string(), z.string());
const progressSchema = z.looseObject({ state: z.string() }).nullable();
const pageSchema = z.looseObject({
  phases: z.array(
    z.looseObject({
      name: localized,
      milestones: z.array(
        z.looseObject({ milestoneId: z.string(), name: localized, progress: progressSchema }),
      ),
    }),
  ),
});
const awaitingSchema = z.looseObject({
  items: z.array(
    z.looseObject({
      startupId: z.string(),
      milestoneId: z.string(),
      startupName: z.looseObject({ latin: z.string() }),
    }),
  ),
});
const cohortsSchema = z.looseObject({
  cohorts: z.array(
    z.looseObject({
      cohortId: z.string(),
      phases: z.array(
        z.looseObject({
          milestones: z.array(
            z.looseObject({ milestoneId: z.string(), reached: z.number(), confirmed: z.number() }),
          ),
        }),
      ),
    }),
  ),
});

const USAGE =
  'milestones [reached <milestoneId> [--text "…"] [--link https://…] | confirm <startupId> <milestoneId> | send-back <startupId> <milestoneId> --reason "…"] [--programme <id>]';

/** A decision or claim on one milestone: the service's answer, and the line that says what happened. */
async function act(ctx: CommandContext, action: string) {
  const client = await ctx.signedIn();
  const say = progressTextsFor(ctx.lang);
  if (action === 'reached') {
    const id = positional(ctx, 1, 'milestoneId', USAGE);
    const text = stringOption(ctx.options, 'text');
    const link = stringOption(ctx.options, 'link');
    const path = `/v1/startups/${encode(client.session.accountId)}/milestones/${encode(id)}/reached`;
    const body = { ...(text === undefined ? {} : { text }), ...(link === undefined ? {} : { link }) };
    return {
      data: await client.call('profile', path, { method: 'POST', body, lang: ctx.lang }),
      text: say.reached(id),
    };
  }
  const startupId = positional(ctx, 1, 'startupId', USAGE);
  const id = positional(ctx, 2, 'milestoneId', USAGE);
  const path = `/v1/startups/${encode(startupId)}/milestones/${encode(id)}/${action}`;
  const body = action === 'send-back' ? { reason: requiredOption(ctx, 'reason', USAGE) } : undefined;
  const data = await client.call('profile', path, {
    method: 'POST',
    ...(body === undefined ? {} : { body }),
    lang: ctx.lang,
  });
  return { data, text: action === 'confirm' ? say.confirmed(id) : say.sentBack(id) };
}

/** What the caller follows: a startup its own milestones, a mentor or coordinator the claims awaiting them. */
async function list(ctx: CommandContext) {
  const client = await ctx.signedIn();
  const say = progressTextsFor(ctx.lang);
  const inLang = (text: Record<string, string>) => text[ctx.lang] ?? text.en ?? '';
  const programme = stringOption(ctx.options, 'programme');
  if (programme !== undefined) {
    const data = await client.call('profile', `/v1/programmes/${encode(programme)}/progress`, {
      lang: ctx.lang,
    });
    const rows = cohortsSchema
      .parse(data)
      .cohorts.flatMap((cohort) =>
        cohort.phases.flatMap((phase) => phase.milestones.map((m) => ({ cohort: cohort.cohortId, ...m }))),
      );
    const text = table(
      rows,
      [
        { header: say.h.cohort, value: (r) => r.cohort },
        { header: say.h.milestone, value: (r) => r.milestoneId },
        { header: say.h.reached, value: (r) => String(r.reached) },
        { header: say.h.confirmed, value: (r) => String(r.confirmed) },
      ],
      ctx.texts.noItems,
    );
    return { data, text };
  }
  if (client.session.role === 'startup') {
    const data = await client.call('profile', `/v1/startups/${encode(client.session.accountId)}/milestones`, {
      lang: ctx.lang,
    });
    const rows = pageSchema
      .parse(data)
      .phases.flatMap((phase) => phase.milestones.map((m) => ({ phase, m })));
    const text = table(
      rows,
      [
        { header: say.h.phase, value: (r) => inLang(r.phase.name) },
        { header: say.h.milestone, value: (r) => `${inLang(r.m.name)} (${r.m.milestoneId})` },
        { header: say.h.state, value: (r) => r.m.progress?.state ?? say.open },
      ],
      ctx.texts.noItems,
    );
    return { data, text };
  }
  const data = await client.call('profile', '/v1/milestones/awaiting', { lang: ctx.lang });
  const text = table(
    awaitingSchema.parse(data).items,
    [
      { header: say.h.startup, value: (i) => `${i.startupName.latin} (${i.startupId})` },
      { header: say.h.milestone, value: (i) => i.milestoneId },
    ],
    ctx.texts.noItems,
  );
  return { data, text };
}

export const milestonesCommand: Command = {
  name: 'milestones',
  usage: USAGE,
  summary:
    'Your milestones (startup), the claims awaiting you (mentor, coordinator) or a programme’s progress',
  options: {
    text: { type: 'string' },
    link: { type: 'string' },
    reason: { type: 'string' },
    programme: { type: 'string' },
  },
  run: async (ctx) => {
    const action = ctx.positionals[0];
    if (action === undefined) return list(ctx);
    if (!['reached', 'confirm', 'send-back'].includes(action)) throw usageError(`Usage: jisr ${USAGE}`);
    return act(ctx, action);
  },
};
