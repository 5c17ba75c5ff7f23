import { z } from 'zod';
import { usageError } from '../cli-error';
import { meetingTextsFor, wallTime } from '../output/meeting-texts';
import { table } from '../output/table';
import { readProfileFile } from './account.commands';
import { positional, requiredOption } from './arguments';
import { stringOption, type Command } from './command';

const encode = encodeURIComponent;
const bothZones = z.looseObject({ startup: z.string(), advisor: z.string() });
const availabilitySchema = z.looseObject({
  timeZone: z.string(),
  weekly: z.array(z.looseObject({ weekday: z.number(), start: z.string(), end: z.string() })),
  meetingMinutes: z.number(),
  bufferMinutes: z.number(),
  minimumNoticeHours: z.number(),
  horizonDays: z.number(),
});
const slotsSchema = z.looseObject({
  slots: z.array(z.looseObject({ startsAt: z.string(), local: bothZones })),
});
const meetingSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  local: z.looseObject({ startsAt: bothZones }),
  place: z.union([
    z.looseObject({ kind: z.literal('centre'), centre: z.string() }),
    z.looseObject({ kind: z.literal('online'), url: z.string() }),
  ]),
});

export const availabilityCommand: Command = {
  name: 'availability',
  usage: 'availability [--file <hours.json>|-]',
  summary: 'Show your office hours; with --file, replace them (advisor)',
  details: () =>
    'The file: {"timeZone":"Europe/Istanbul","weekly":[{"weekday":2,"start":"14:00","end":"17:00"}],\n' +
    '"overrides":[{"date":"2025-04-01","hours":[]}],"meetingMinutes":30|45|60,"bufferMinutes":0|15|30|45|60,\n' +
    '"minimumNoticeHours":24,"horizonDays":30}. Weekday 1 is Monday; times are quarter hours in your zone.',
  options: { file: { type: 'string', short: 'f' } },
  run: async (ctx) => {
    const client = await ctx.signedIn();
    const say = meetingTextsFor(ctx.lang);
    const file = stringOption(ctx.options, 'file');
    if (file !== undefined) {
      const body = await readProfileFile(ctx, file);
      const data = await client.call('messaging', '/v1/availability', {
        method: 'PUT',
        body,
        lang: ctx.lang,
      });
      return { data, text: say.saved };
    }
    const data = await client.call('messaging', '/v1/availability', { lang: ctx.lang });
    const hours = availabilitySchema.parse(data);
    const summary = say.availability(
      hours.timeZone,
      hours.meetingMinutes,
      hours.bufferMinutes,
      hours.minimumNoticeHours,
      hours.horizonDays,
    );
    const rows = table(
      [...hours.weekly].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start)),
      [
        { header: say.day, value: (w) => say.weekdays[w.weekday - 1] },
        { header: say.hours, value: (w) => `${w.start}–${w.end}` },
      ],
      say.noHours,
    );
    return { data, text: `${summary}\n${rows}` };
  },
};

export const slotsCommand: Command = {
  name: 'slots',
  usage: 'slots <introductionId> [--from <ISO time>] [--to <ISO time>]',
  summary: "The advisor's free times for an accepted introduction, in both time zones",
  options: { from: { type: 'string' }, to: { type: 'string' } },
  run: async (ctx) => {
    const id = positional(ctx, 0, 'introductionId', slotsCommand.usage);
    const client = await ctx.signedIn();
    const say = meetingTextsFor(ctx.lang);
    const data = await client.call('messaging', `/v1/introductions/${encode(id)}/slots`, {
      query: { from: stringOption(ctx.options, 'from'), to: stringOption(ctx.options, 'to') },
      lang: ctx.lang,
    });
    const text = table(
      slotsSchema.parse(data).slots,
      [
        { header: say.startup, value: (s) => wallTime(s.local.startup) },
        { header: say.advisor, value: (s) => wallTime(s.local.advisor) },
        { header: 'startsAt', value: (s) => s.startsAt },
      ],
      say.noSlots,
    );
    return { data, text };
  },
};

export const bookCommand: Command = {
  name: 'book',
  usage:
    'book <introductionId> --at <startsAt> --agenda "<text>" (--online <https link> | --centre "<name>")',
  summary: 'Book one of the free slots for a meeting, online or at a business development centre',
  options: {
    at: { type: 'string' },
    agenda: { type: 'string' },
    online: { type: 'string' },
    centre: { type: 'string' },
  },
  run: async (ctx) => {
    const id = positional(ctx, 0, 'introductionId', bookCommand.usage);
    const startsAt = requiredOption(ctx, 'at', bookCommand.usage);
    const agenda = requiredOption(ctx, 'agenda', bookCommand.usage);
    const online = stringOption(ctx.options, 'online');
    const centre = stringOption(ctx.options, 'centre');
    if ((online === undefined) === (centre === undefined))
      throw usageError(`Give exactly one of --online or --centre. Usage: jisr ${bookCommand.usage}`);
    const place = online === undefined ? { kind: 'centre', centre } : { kind: 'online', url: online };
    const client = await ctx.signedIn();
    const data = await client.call('messaging', `/v1/introductions/${encode(id)}/meetings`, {
      method: 'POST',
      body: { startsAt, agenda, place },
      lang: ctx.lang,
    });
    const meeting = meetingSchema.parse(data);
    const when = `${wallTime(meeting.local.startsAt.startup)} / ${wallTime(meeting.local.startsAt.advisor)}`;
    return { data, text: meetingTextsFor(ctx.lang).booked(meeting.id, when) };
  },
};

export const meetingsCommand: Command = {
  name: 'meetings',
  usage: 'meetings [<introductionId>]',
  summary: 'Your upcoming meetings (or every meeting of one introduction), in both time zones',
  run: async (ctx) => {
    const client = await ctx.signedIn();
    const say = meetingTextsFor(ctx.lang);
    const id = ctx.positionals[0];
    const path = id === undefined ? '/v1/meetings' : `/v1/introductions/${encode(id)}/meetings`;
    const data = await client.call('messaging', path, { lang: ctx.lang });
    const items = z.looseObject({ items: z.array(meetingSchema) }).parse(data).items;
    const text = table(
      items,
      [
        { header: say.startup, value: (m) => wallTime(m.local.startsAt.startup) },
        { header: say.advisor, value: (m) => wallTime(m.local.startsAt.advisor) },
        { header: say.status, value: (m) => m.status },
        {
          header: say.place,
          value: (m) => (m.place.kind === 'centre' ? m.place.centre : m.place.url),
          max: 40,
        },
        { header: say.id, value: (m) => m.id },
      ],
      say.noMeetings,
    );
    return { data, text };
  },
};
