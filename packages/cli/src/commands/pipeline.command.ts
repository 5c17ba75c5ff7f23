import { LANGUAGES, LIBYAN_CITIES, SECTIONS, STAGES } from '@jisr/contracts';
import { z } from 'zod';
import { table } from '../output/table';
import { stringOption, type Command } from './command';

const counts = z.record(z.string(), z.number());
const funnelSchema = z.looseObject({ startups: counts, introductions: counts });
const loadSchema = z.looseObject({
  items: z.array(
    z.looseObject({
      displayName: z.string(),
      organisation: z.string(),
      capacity: z.number(),
      active: z.number(),
      open: z.number(),
      completed: z.number(),
    }),
  ),
});

const FILTERS = ['sector', 'division', 'stage', 'city', 'centre', 'programme', 'cohort', 'language'] as const;

/** The values each filter accepts, as the matching service resolves them. */
const filterValues = (): string =>
  [
    'Filter values:',
    '  --sector    an ISIC Rev.4 section letter (either case) or a division code 01–99 (e.g. D or 35):',
    ...SECTIONS.map(
      (section) => `                ${section.code}  ${section.label.en} — ${section.label.ar}`,
    ),
    '  --division  an ISIC Rev.4 division code 01–99 (e.g. 35 or 5)',
    `  --stage     ${STAGES.join(', ')}`,
    '  --city      a Libyan city by id or name, any case, Latin or Arabic script (e.g. Tripoli, Trablus, طرابلس):',
    ...LIBYAN_CITIES.map(
      (city) => `                ${city.id.padEnd(9)} ${city.label.en} / ${city.label.tr} / ${city.label.ar}`,
    ),
    `  --language  ${LANGUAGES.join(', ')}`,
    '  --centre, --programme, --cohort  ids as the profile service gives them (e.g. --cohort autumn-2025)',
  ].join('\n');

export const pipelineCommand: Command = {
  name: 'pipeline',
  usage: `pipeline [${FILTERS.map((f) => `--${f} <x>`).join(' ')}]`,
  summary: 'The council’s funnel: startups registered → verified → requested → accepted → active → completed',
  details: filterValues,
  options: Object.fromEntries(FILTERS.map((f) => [f, { type: 'string' as const }])),
  run: async (ctx) => {
    const client = await ctx.signedIn();
    const query = Object.fromEntries(FILTERS.map((f) => [f, stringOption(ctx.options, f)]));
    const [funnelPayload, loadPayload] = await Promise.all([
      client.call('matching', '/v1/pipeline/funnel', { query, lang: ctx.lang }),
      client.call('matching', '/v1/pipeline/advisor-load', { lang: ctx.lang }),
    ]);
    const funnel = funnelSchema.parse(funnelPayload);
    const load = loadSchema
      .parse(loadPayload)
      .items.filter((row) => row.active + row.open + row.completed > 0);
    const h = ctx.texts.h;
    const steps = (record: Record<string, number>) =>
      Object.entries(record).map(([step, count]) => ({ step, count }));
    const stepColumns = [
      { header: h.step, value: (r: { step: string }) => r.step },
      { header: h.count, value: (r: { count: number }) => r.count, align: 'right' as const },
    ];
    const text = [
      ctx.texts.funnel,
      table(steps(funnel.startups), stepColumns, ctx.texts.noItems),
      '',
      ctx.texts.introductions,
      table(steps(funnel.introductions), stepColumns, ctx.texts.noItems),
      '',
      ctx.texts.load,
      table(
        load,
        [
          { header: h.advisor, value: (r) => r.displayName, max: 36 },
          { header: h.organisation, value: (r) => r.organisation, max: 32 },
          { header: h.active, value: (r) => r.active, align: 'right' },
          { header: h.capacity, value: (r) => r.capacity, align: 'right' },
        ],
        ctx.texts.noItems,
      ),
    ].join('\n');
    return { data: { funnel: funnelPayload, advisorLoad: loadPayload }, text };
  },
};
