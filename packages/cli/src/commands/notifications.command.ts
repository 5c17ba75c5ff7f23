import { z } from 'zod';
import { actionTextsFor } from '../output/action-texts';
import { shortTime } from '../output/format';
import { table } from '../output/table';
import type { Command } from './command';

const notificationSchema = z.looseObject({
  kind: z.string(),
  text: z.record(z.string(), z.string()),
  createdAt: z.string(),
  readAt: z.string().nullable().optional(),
});

export const notificationsCommand: Command = {
  name: 'notifications',
  usage: 'notifications [--unread] [--read]',
  summary: 'Your notifications, newest first; --read marks them all read',
  options: { unread: { type: 'boolean' }, read: { type: 'boolean' } },
  run: async (ctx) => {
    const client = await ctx.signedIn();
    const say = actionTextsFor(ctx.lang);
    if (ctx.options.read === true) {
      const data = await client.call('messaging', '/v1/notifications/read', {
        method: 'POST',
        body: {},
        lang: ctx.lang,
      });
      return { data, text: say.markedRead };
    }
    const payload = await client.call('messaging', '/v1/notifications', {
      query: { unread: ctx.options.unread === true ? 'true' : undefined, limit: 100 },
      lang: ctx.lang,
    });
    const items = z.looseObject({ items: z.array(notificationSchema) }).parse(payload).items;
    const text = table(
      items,
      [
        { header: say.when, value: (n) => shortTime(n.createdAt) },
        { header: say.kind, value: (n) => n.kind },
        { header: say.text, value: (n) => n.text[ctx.lang] ?? n.text.en ?? '', max: 80 },
      ],
      ctx.texts.noItems,
    );
    return { data: payload, text };
  },
};
