import { z } from 'zod';
import type { SignedInClient } from '../api/auth';
import { CliError, usageError } from '../cli-error';
import { shortTime } from '../output/format';
import { table } from '../output/table';
import { trainingTextsFor } from '../output/training-texts';
import { positional } from './arguments';
import { stringOption, type Command, type CommandContext } from './command';

const encode = encodeURIComponent;
const title = z.record(z.string(), z.string());
const sessionSchema = z.looseObject({
  programmeId: z.string(),
  phaseId: z.string(),
  sessionId: z.string(),
  title,
  startsAt: z.string(),
  centreId: z.string().optional(),
  capacity: z.number(),
  seatsTaken: z.number(),
});
const mineSchema = z.looseObject({
  programmeId: z.string().nullable(),
  sessions: z.array(sessionSchema.extend({ registered: z.boolean(), attended: z.boolean() })),
  certificates: z.array(z.looseObject({ code: z.string(), verificationUrl: z.string() })),
});
const staffSchema = z.looseObject({ items: z.array(sessionSchema.extend({ attendedCount: z.number() })) });
const rosterSchema = z.looseObject({
  seats: z.array(
    z.looseObject({
      startupId: z.string(),
      name: z.looseObject({ latin: z.string() }),
      attended: z.boolean(),
    }),
  ),
});

const USAGE =
  'training [sessions | register <session> [--cancel] | check-in <session> <code> | certificate <phase> | attendance <session> [--mark <startupId,…>] [--code] [--programme <id>]]';

/** The startup's sessions and certificates, or the sessions a staff member runs. */
async function sessions(ctx: CommandContext, client: SignedInClient) {
  const say = trainingTextsFor(ctx.lang);
  const seats = (s: z.infer<typeof sessionSchema>) => `${s.seatsTaken}/${s.capacity}`;
  if (client.session.role === 'council') {
    const data = await client.call('profile', '/v1/training/sessions', { lang: ctx.lang });
    const rows = table(
      staffSchema.parse(data).items,
      [
        { header: say.h.session, value: (s) => s.sessionId },
        { header: say.h.title, value: (s) => s.title[ctx.lang] ?? s.sessionId },
        { header: say.h.starts, value: (s) => shortTime(s.startsAt) },
        { header: say.h.centre, value: (s) => s.centreId ?? '–' },
        { header: say.h.seats, value: seats },
        { header: say.h.attended, value: (s) => String(s.attendedCount) },
      ],
      ctx.texts.noItems,
    );
    return { data, text: rows };
  }
  const data = await client.call('profile', '/v1/training/mine', { lang: ctx.lang });
  const mine = mineSchema.parse(data);
  if (mine.programmeId === null) return { data, text: say.notInProgramme };
  const rows = table(
    mine.sessions,
    [
      { header: say.h.phase, value: (s) => s.phaseId },
      { header: say.h.session, value: (s) => s.sessionId },
      { header: say.h.title, value: (s) => s.title[ctx.lang] ?? s.sessionId },
      { header: say.h.starts, value: (s) => shortTime(s.startsAt) },
      { header: say.h.seats, value: seats },
      {
        header: say.h.you,
        value: (s) =>
          s.attended ? say.state.attended : s.registered ? say.state.registered : say.state.open,
      },
    ],
    ctx.texts.noItems,
  );
  const certificates = mine.certificates.map((c) => say.certificate(c.code, c.verificationUrl));
  return { data, text: [rows, ...certificates].join('\n') };
}

/** The programme a session belongs to: the startup's own, or found among the sessions staff run. */
async function programmeOf(ctx: CommandContext, client: SignedInClient, sessionId: string): Promise<string> {
  const given = stringOption(ctx.options, 'programme');
  if (given !== undefined) return given;
  const say = trainingTextsFor(ctx.lang);
  if (client.session.role !== 'council') {
    const mine = mineSchema.parse(await client.call('profile', '/v1/training/mine', { lang: ctx.lang }));
    if (mine.programmeId === null) throw new CliError(say.notInProgramme);
    return mine.programmeId;
  }
  const staff = staffSchema.parse(await client.call('profile', '/v1/training/sessions', { lang: ctx.lang }));
  const matching = staff.items.filter((s) => s.sessionId === sessionId);
  if (matching.length > 1) throw new CliError(say.ambiguous(sessionId));
  const found = matching[0];
  if (found === undefined) throw new CliError(say.unknown(sessionId));
  return found.programmeId;
}

async function sessionPath(ctx: CommandContext, client: SignedInClient, sessionId: string) {
  return `/v1/programmes/${encode(await programmeOf(ctx, client, sessionId))}/sessions/${encode(sessionId)}`;
}

async function register(ctx: CommandContext, client: SignedInClient) {
  const sessionId = positional(ctx, 1, 'session', USAGE);
  const path = `${await sessionPath(ctx, client, sessionId)}/registrations`;
  const cancel = ctx.options['cancel'] === true;
  const data = cancel
    ? await client.call('profile', `${path}/mine`, { method: 'DELETE', lang: ctx.lang })
    : await client.call('profile', path, { method: 'POST', lang: ctx.lang });
  const say = trainingTextsFor(ctx.lang);
  return { data, text: cancel ? say.cancelled(sessionId) : say.registered(sessionId) };
}

async function checkIn(ctx: CommandContext, client: SignedInClient) {
  const sessionId = positional(ctx, 1, 'session', USAGE);
  const code = positional(ctx, 2, 'code', USAGE);
  const path = `${await sessionPath(ctx, client, sessionId)}/check-ins`;
  const data = await client.call('profile', path, { method: 'POST', body: { code }, lang: ctx.lang });
  return { data, text: trainingTextsFor(ctx.lang).checkedIn(sessionId) };
}

async function certificate(ctx: CommandContext, client: SignedInClient) {
  const phaseId = positional(ctx, 1, 'phase', USAGE);
  const mine = mineSchema.parse(await client.call('profile', '/v1/training/mine', { lang: ctx.lang }));
  const say = trainingTextsFor(ctx.lang);
  if (mine.programmeId === null) throw new CliError(say.notInProgramme);
  const path = `/v1/programmes/${encode(mine.programmeId)}/phases/${encode(phaseId)}/certificate`;
  const data = await client.call('profile', path, { method: 'POST', lang: ctx.lang });
  const issued = z.looseObject({ code: z.string(), verificationUrl: z.string() }).parse(data);
  return { data, text: say.certificate(issued.code, issued.verificationUrl) };
}

/** Staff: the roster; `--mark` ticks attendees, `--code` shows a new check-in code. */
async function attendance(ctx: CommandContext, client: SignedInClient) {
  const sessionId = positional(ctx, 1, 'session', USAGE);
  const path = await sessionPath(ctx, client, sessionId);
  const say = trainingTextsFor(ctx.lang);
  if (ctx.options['code'] === true) {
    const data = await client.call('profile', `${path}/check-in-code`, { method: 'POST', lang: ctx.lang });
    const shown = z.looseObject({ code: z.string(), expiresAt: z.string() }).parse(data);
    return { data, text: say.code(shown.code, shortTime(shown.expiresAt)) };
  }
  const mark = stringOption(ctx.options, 'mark');
  const startupIds =
    mark
      ?.split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '') ?? [];
  const data =
    startupIds.length > 0
      ? await client.call('profile', `${path}/attendance`, {
          method: 'POST',
          body: { startupIds },
          lang: ctx.lang,
        })
      : await client.call('profile', `${path}/roster`, { lang: ctx.lang });
  const rows = table(
    rosterSchema.parse(data).seats,
    [
      { header: say.h.startup, value: (s) => s.startupId },
      { header: say.h.name, value: (s) => s.name.latin },
      { header: say.h.attended, value: (s) => (s.attended ? say.yes : say.no) },
    ],
    ctx.texts.noItems,
  );
  return {
    data,
    text: startupIds.length > 0 ? `${say.marked(startupIds.length, sessionId)}\n${rows}` : rows,
  };
}

const ACTIONS = { sessions, register, 'check-in': checkIn, certificate, attendance } as const;

export const trainingCommand: Command = {
  name: 'training',
  usage: USAGE,
  summary: 'Training sessions: list, register or cancel, check in, certificates; staff record attendance',
  options: {
    cancel: { type: 'boolean' },
    mark: { type: 'string' },
    code: { type: 'boolean' },
    programme: { type: 'string' },
  },
  run: async (ctx) => {
    const action = ctx.positionals[0] ?? 'sessions';
    if (!(action in ACTIONS)) throw usageError(`Usage: jisr ${USAGE}`);
    const client = await ctx.signedIn();
    return ACTIONS[action as keyof typeof ACTIONS](ctx, client);
  },
};
