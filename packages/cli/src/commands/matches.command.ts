import { z } from 'zod';
import { usageError } from '../cli-error';
import { table } from '../output/table';
import { integerOption } from './arguments';
import { stringOption, type Command, type CommandContext } from './command';

const explanationSchema = z.array(
  z.looseObject({ criterion: z.string(), score: z.number(), sentence: z.string() }),
);
const advisorMatchSchema = z.looseObject({
  advisorId: z.string(),
  displayName: z.string(),
  organisation: z.string(),
  offers: z.array(z.string()),
  freeCapacity: z.number(),
  score: z.number(),
  explanation: explanationSchema,
});
const startupMatchSchema = z.looseObject({
  startupId: z.string(),
  name: z.string(),
  score: z.number(),
  explanation: explanationSchema,
});
const listOf = <T extends z.ZodType>(item: T) => z.looseObject({ items: z.array(item) });

type Explanation = z.infer<typeof explanationSchema>;

const round = (score: number): number => Math.round(score);

const whyBlock = (ctx: CommandContext, rank: number, name: string, explanation: Explanation): string =>
  [
    `${ctx.texts.why} #${rank} ${name}:`,
    ...explanation.map(
      (line) =>
        `  • ${(ctx.texts.criteria[line.criterion] ?? line.criterion).padEnd(10)} ${String(round(line.score)).padStart(3)}  ${line.sentence}`,
    ),
  ].join('\n');

async function advisorsForStartup(ctx: CommandContext, startupId: string, limit: number) {
  const client = await ctx.signedIn();
  const offer = stringOption(ctx.options, 'offer');
  const payload = await client.call(
    'matching',
    `/v1/startups/${encodeURIComponent(startupId)}/recommendations`,
    {
      query: { limit, lang: ctx.lang, offer },
      lang: ctx.lang,
    },
  );
  const items = listOf(advisorMatchSchema).parse(payload).items;
  const h = ctx.texts.h;
  const head = table(
    items.map((item, i) => ({ ...item, rank: i + 1 })),
    [
      { header: h.rank, value: (r) => r.rank, align: 'right' },
      { header: h.advisor, value: (r) => r.displayName, max: 36 },
      { header: h.organisation, value: (r) => r.organisation, max: 32 },
      { header: h.offers, value: (r) => r.offers.join(', '), max: 40 },
      { header: h.score, value: (r) => round(r.score), align: 'right' },
      { header: h.free, value: (r) => r.freeCapacity, align: 'right' },
      { header: h.id, value: (r) => r.advisorId, max: 40 },
    ],
    ctx.texts.noMatches,
  );
  const why = items.map((item, i) => whyBlock(ctx, i + 1, item.displayName, item.explanation));
  return { data: { startupId, lang: ctx.lang, items }, text: [head, ...why].join('\n\n') };
}

async function startupsForAdvisor(ctx: CommandContext, advisorId: string, limit: number) {
  const client = await ctx.signedIn();
  const payload = await client.call(
    'matching',
    `/v1/advisors/${encodeURIComponent(advisorId)}/recommended-startups`,
    {
      query: { limit, lang: ctx.lang },
      lang: ctx.lang,
    },
  );
  const items = listOf(startupMatchSchema).parse(payload).items;
  const h = ctx.texts.h;
  const head = table(
    items.map((item, i) => ({ ...item, rank: i + 1 })),
    [
      { header: h.rank, value: (r) => r.rank, align: 'right' },
      { header: h.startup, value: (r) => r.name, max: 40 },
      { header: h.score, value: (r) => round(r.score), align: 'right' },
      { header: h.id, value: (r) => r.startupId, max: 40 },
    ],
    ctx.texts.noMatches,
  );
  const why = items.map((item, i) => whyBlock(ctx, i + 1, item.name, item.explanation));
  return { data: { advisorId, lang: ctx.lang, items }, text: [head, ...why].join('\n\n') };
}

export const matchesCommand: Command = {
  name: 'matches',
  usage:
    'matches [--limit 10] [--offer mentoring|investment|market-access|partnership] [--startup <id>|--advisor <id>]',
  summary: 'Your best matches, each with a sentence per criterion (sector, stage, language, needs, load)',
  options: {
    limit: { type: 'string' },
    offer: { type: 'string' },
    startup: { type: 'string' },
    advisor: { type: 'string' },
  },
  run: async (ctx) => {
    const limit = integerOption(ctx, 'limit', 10, 1, 50);
    const { session } = await ctx.signedIn();
    const startup = stringOption(ctx.options, 'startup');
    const advisor = stringOption(ctx.options, 'advisor');
    if (session.role === 'startup') return advisorsForStartup(ctx, session.accountId, limit);
    if (session.role === 'advisor') return startupsForAdvisor(ctx, session.accountId, limit);
    if (startup !== undefined) return advisorsForStartup(ctx, startup, limit);
    if (advisor !== undefined) return startupsForAdvisor(ctx, advisor, limit);
    throw usageError('As council, name whose matches to show: --startup <id> or --advisor <id>.');
  },
};
