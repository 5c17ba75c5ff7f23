import { DECLINE_REASONS, introductionStateSchema, type Locale } from '@jisr/contracts';
import { z } from 'zod';
import { usageError } from '../cli-error';
import { localizedNameSchema, shortTime } from '../output/format';
import { table } from '../output/table';
import { positional, requiredOption } from './arguments';
import { stringOption, type Command, type CommandContext, type CommandOutput } from './command';

const partySchema = z.looseObject({ id: z.string().nullable(), name: localizedNameSchema });
const inboxItemSchema = z.looseObject({
  id: z.string(),
  status: introductionStateSchema,
  startup: partySchema,
  advisor: partySchema,
  note: z.string(),
  score: z.number(),
  deadlineAt: z.string().nullable(),
  threadId: z.string().nullable(),
});
const requestSchema = z.looseObject({
  introductionId: z.string(),
  advisorId: z.string(),
  state: introductionStateSchema,
  score: z.number(),
  note: z.string(),
  requestedAt: z.string(),
});

const nameIn = (lang: Locale, name: Record<string, string> | null): string => name?.[lang] ?? name?.en ?? '–';

const encode = encodeURIComponent;

export const requestCommand: Command = {
  name: 'request',
  usage: 'request <advisorId> --note "<why you want to meet>"',
  summary: 'Ask a matched advisor for an introduction (startup)',
  options: { note: { type: 'string', short: 'n' } },
  run: async (ctx) => {
    const advisorId = positional(ctx, 0, 'advisorId', requestCommand.usage);
    const note = requiredOption(ctx, 'note', requestCommand.usage);
    const client = await ctx.signedIn();
    const payload = await client.call('matching', '/v1/introductions', {
      method: 'POST',
      body: { advisorId, note },
      query: { lang: ctx.lang },
      lang: ctx.lang,
    });
    const request = requestSchema.parse(payload);
    return { data: payload, text: ctx.texts.requested(request.introductionId, request.state) };
  },
};

export const requestsCommand: Command = {
  name: 'requests',
  usage: 'requests',
  summary: 'Your introduction requests as the pipeline sees them (startup)',
  run: async (ctx) => {
    const client = await ctx.signedIn();
    const path = `/v1/startups/${encode(client.session.accountId)}/introductions`;
    const payload = await client.call('matching', path, { query: { lang: ctx.lang }, lang: ctx.lang });
    const items = z.looseObject({ items: z.array(requestSchema) }).parse(payload).items;
    const h = ctx.texts.h;
    const text = table(
      items,
      [
        { header: h.id, value: (r) => r.introductionId, max: 40 },
        { header: h.advisor, value: (r) => r.advisorId, max: 40 },
        { header: h.status, value: (r) => r.state },
        { header: h.score, value: (r) => Math.round(r.score), align: 'right' },
        { header: h.requested, value: (r) => shortTime(r.requestedAt) },
      ],
      ctx.texts.noItems,
    );
    return { data: { items }, text };
  },
};

export const inboxCommand: Command = {
  name: 'inbox',
  usage: 'inbox [--status open|requested,accepted,...]',
  summary: "An advisor's introduction requests with deadlines; a startup's requests and their answers",
  options: { status: { type: 'string' } },
  run: async (ctx) => {
    const client = await ctx.signedIn();
    const payload = await client.call('messaging', '/v1/introductions', {
      query: { status: stringOption(ctx.options, 'status'), limit: 100 },
      lang: ctx.lang,
    });
    const items = z.looseObject({ items: z.array(inboxItemSchema) }).parse(payload).items;
    const h = ctx.texts.h;
    const other = client.session.role === 'advisor' ? 'startup' : 'advisor';
    const text = table(
      items,
      [
        { header: h.id, value: (r) => r.id, max: 40 },
        {
          header: other === 'startup' ? h.startup : h.advisor,
          value: (r) => nameIn(ctx.lang, r[other].name),
          max: 34,
        },
        { header: h.status, value: (r) => r.status },
        { header: h.score, value: (r) => Math.round(r.score), align: 'right' },
        { header: h.deadline, value: (r) => shortTime(r.deadlineAt) },
        { header: h.note, value: (r) => r.note.replace(/\s+/g, ' '), max: 40 },
      ],
      ctx.texts.noItems,
    );
    return { data: { items }, text };
  },
};

const decision = async (
  ctx: CommandContext,
  id: string,
  action: string,
  body: object,
): Promise<CommandOutput> => {
  const client = await ctx.signedIn();
  const payload = await client.call('messaging', `/v1/introductions/${encode(id)}/${action}`, {
    method: 'POST',
    body,
    lang: ctx.lang,
  });
  const item = inboxItemSchema.parse(payload);
  const lines = [ctx.texts.decided(item.id, item.status)];
  if (item.threadId !== null && action === 'accept') lines.push(ctx.texts.threadOpen(item.threadId));
  return { data: payload, text: lines.join('\n') };
};

export const acceptCommand: Command = {
  name: 'accept',
  usage: 'accept <introductionId>',
  summary: 'Accept an introduction request; a conversation opens (advisor)',
  run: (ctx) => decision(ctx, positional(ctx, 0, 'introductionId', acceptCommand.usage), 'accept', {}),
};

export const declineCommand: Command = {
  name: 'decline',
  usage: `decline <introductionId> --reason ${DECLINE_REASONS.join('|')} [--comment "<text>"]`,
  summary: 'Decline an introduction request with a reason (advisor)',
  options: { reason: { type: 'string' }, comment: { type: 'string' } },
  run: (ctx) => {
    const id = positional(ctx, 0, 'introductionId', declineCommand.usage);
    const reason = requiredOption(ctx, 'reason', declineCommand.usage);
    if (!(DECLINE_REASONS as readonly string[]).includes(reason))
      throw usageError(`--reason must be one of ${DECLINE_REASONS.join(', ')}.`);
    const comment = stringOption(ctx.options, 'comment');
    return decision(ctx, id, 'decline', comment === undefined ? { reason } : { reason, comment });
  },
};
