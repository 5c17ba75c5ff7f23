import { z } from 'zod';
import { usageError } from '../cli-error';
import { progressTextsFor } from '../output/progress-texts';
import { table } from '../output/table';
import { integerOption, positional, requiredOption } from './arguments';
import { stringOption, type Command, type CommandContext } from './command';

const encode = encodeURIComponent;
const reportSchema = z.looseObject({
  employees: z.number(),
  womenEmployed: z.number(),
  youthEmployed: z.number(),
  revenueBand: z.string(),
  investmentRaised: z.looseObject({ amountUsd: z.number(), source: z.string() }),
});
const historySchema = z.looseObject({
  due: z.looseObject({ quarter: z.string(), missing: z.boolean() }).nullable(),
  items: z.array(
    z.looseObject({ quarter: z.string(), report: reportSchema, revisions: z.array(z.unknown()) }),
  ),
});
const savedSchema = z.looseObject({ quarter: z.string(), revisions: z.array(z.unknown()) });

const USAGE =
  'outcomes [report <quarter> --employees N --women N --youth N --revenue <band> [--invested USD --source <source>]]';
const MAX = 100_000;

/** The startup reports (or amends) one quarter; the service checks the numbers against each other. */
async function report(ctx: CommandContext) {
  const client = await ctx.signedIn();
  const quarter = positional(ctx, 1, 'quarter', USAGE);
  const count = (name: string) => {
    requiredOption(ctx, name, USAGE);
    return integerOption(ctx, name, 0, 0, MAX);
  };
  const body = {
    employees: count('employees'),
    womenEmployed: count('women'),
    youthEmployed: count('youth'),
    revenueBand: requiredOption(ctx, 'revenue', USAGE),
    investmentRaised: {
      amountUsd: integerOption(ctx, 'invested', 0, 0, 1_000_000_000),
      source: stringOption(ctx.options, 'source') ?? 'none',
    },
    turkishDeals: [],
  };
  const path = `/v1/startups/${encode(client.session.accountId)}/outcomes/${encode(quarter)}`;
  const data = await client.call('profile', path, { method: 'PUT', body, lang: ctx.lang });
  const saved = savedSchema.parse(data);
  return { data, text: progressTextsFor(ctx.lang).reported(saved.quarter, saved.revisions.length) };
}

/** The startup's check-ins, newest quarter first, and the one now missing if any. */
async function history(ctx: CommandContext) {
  const client = await ctx.signedIn();
  const say = progressTextsFor(ctx.lang);
  const startupId = stringOption(ctx.options, 'startup') ?? client.session.accountId;
  const data = await client.call('profile', `/v1/startups/${encode(startupId)}/outcomes`, { lang: ctx.lang });
  const parsed = historySchema.parse(data);
  const rows = table(
    parsed.items,
    [
      { header: say.h.quarter, value: (i) => i.quarter },
      { header: say.h.employees, value: (i) => String(i.report.employees) },
      { header: say.h.women, value: (i) => String(i.report.womenEmployed) },
      { header: say.h.youth, value: (i) => String(i.report.youthEmployed) },
      { header: say.h.revenue, value: (i) => i.report.revenueBand },
      {
        header: say.h.invested,
        value: (i) => `${i.report.investmentRaised.amountUsd} (${i.report.investmentRaised.source})`,
      },
      { header: say.h.revisions, value: (i) => String(i.revisions.length) },
    ],
    ctx.texts.noItems,
  );
  const due = parsed.due?.missing === true ? [say.due(parsed.due.quarter)] : [];
  return { data, text: [...due, rows].join('\n') };
}

export const outcomesCommand: Command = {
  name: 'outcomes',
  usage: USAGE,
  summary:
    'Quarterly check-ins: your history, or report a quarter (startup); --startup <id> for mentors and staff',
  details: () =>
    [
      'Revenue bands: none, under-10k, 10k-50k, 50k-250k, 250k-1m, over-1m (USD a year).',
      'Sources: turkish-investor-via-jisr, other-investor, grant, loan, none.',
    ].join('\n'),
  options: {
    employees: { type: 'string' },
    women: { type: 'string' },
    youth: { type: 'string' },
    revenue: { type: 'string' },
    invested: { type: 'string' },
    source: { type: 'string' },
    startup: { type: 'string' },
  },
  run: async (ctx) => {
    const action = ctx.positionals[0];
    if (action === undefined) return history(ctx);
    if (action !== 'report') throw usageError(`Usage: jisr ${USAGE}`);
    return report(ctx);
  },
};
