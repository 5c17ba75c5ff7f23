import { z } from 'zod';
import { usageError } from '../cli-error';
import { localizedNameSchema, shortTime } from '../output/format';
import { table } from '../output/table';
import { positional } from './arguments';
import { stringOption, type Command } from './command';

const messageSchema = z.looseObject({
  id: z.string(),
  seq: z.number(),
  sender: z.looseObject({ role: z.string(), name: localizedNameSchema }),
  body: z.string(),
  sentAt: z.string(),
});
const threadSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  participants: z.record(z.string(), z.looseObject({ name: localizedNameSchema })),
  unreadCount: z.number().optional(),
  lastMessageAt: z.string().nullable().optional(),
});

const encode = encodeURIComponent;

export const sendCommand: Command = {
  name: 'send',
  usage: 'send <threadId> "<message>"   (the thread id is the introduction id)',
  summary: 'Send a message in an accepted introduction’s conversation',
  options: { text: { type: 'string', short: 't' } },
  run: async (ctx) => {
    const threadId = positional(ctx, 0, 'threadId', sendCommand.usage);
    const body = stringOption(ctx.options, 'text') ?? ctx.positionals.slice(1).join(' ');
    if (body.trim() === '') throw usageError(`Missing the message text. Usage: jisr ${sendCommand.usage}`);
    const client = await ctx.signedIn();
    const payload = await client.call('messaging', `/v1/threads/${encode(threadId)}/messages`, {
      method: 'POST',
      body: { body },
      lang: ctx.lang,
    });
    const message = messageSchema.parse(payload);
    return { data: payload, text: ctx.texts.sent(message.seq, threadId) };
  },
};

export const messagesCommand: Command = {
  name: 'messages',
  usage: 'messages <threadId>',
  summary: 'The latest messages of a conversation, oldest first',
  run: async (ctx) => {
    const threadId = positional(ctx, 0, 'threadId', messagesCommand.usage);
    const client = await ctx.signedIn();
    const payload = await client.call('messaging', `/v1/threads/${encode(threadId)}/messages`, {
      query: { limit: 50 },
      lang: ctx.lang,
    });
    const items = z.looseObject({ items: z.array(messageSchema) }).parse(payload).items;
    const ordered = [...items].sort((a, b) => a.seq - b.seq);
    const h = ctx.texts.h;
    const text = table(
      ordered,
      [
        { header: h.rank, value: (m) => m.seq, align: 'right' },
        { header: h.from, value: (m) => m.sender.name?.[ctx.lang] ?? m.sender.role, max: 30 },
        { header: h.sent, value: (m) => shortTime(m.sentAt) },
        { header: h.message, value: (m) => m.body.replace(/\s+/g, ' '), max: 80 },
      ],
      ctx.texts.noItems,
    );
    return { data: { items: ordered }, text };
  },
};

export const threadsCommand: Command = {
  name: 'threads',
  usage: 'threads',
  summary: 'Your conversations with unread counts',
  run: async (ctx) => {
    const client = await ctx.signedIn();
    const payload = await client.call('messaging', '/v1/threads', { query: { limit: 100 }, lang: ctx.lang });
    const items = z.looseObject({ items: z.array(threadSchema) }).parse(payload).items;
    const h = ctx.texts.h;
    const other = client.session.role === 'advisor' ? 'startup' : 'advisor';
    const text = table(
      items,
      [
        { header: h.thread, value: (t) => t.id, max: 40 },
        {
          header: other === 'startup' ? h.startup : h.advisor,
          value: (t) => t.participants[other]?.name?.[ctx.lang] ?? '–',
          max: 34,
        },
        { header: h.status, value: (t) => t.status },
        { header: h.unread, value: (t) => t.unreadCount ?? '–', align: 'right' },
        { header: h.sent, value: (t) => shortTime(t.lastMessageAt) },
      ],
      ctx.texts.noItems,
    );
    return { data: { items }, text };
  },
};
