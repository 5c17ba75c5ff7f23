import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { logIn } from '../api/auth';
import { CliError, usageError } from '../cli-error';
import { actionTextsFor } from '../output/action-texts';
import { requiredOption } from './arguments';
import { stringOption, type Command, type CommandContext } from './command';

const ROLES = ['startup', 'advisor'] as const;
const encode = encodeURIComponent;
const profileSchema = z.looseObject({
  verification: z.looseObject({ status: z.string() }).optional(),
});

export const signupCommand: Command = {
  name: 'signup',
  usage: `signup --email <email> --role ${ROLES.join('|')} [--password <password>]   (without --password it is read from stdin)`,
  summary: 'Create a startup or advisor account and log in',
  options: {
    email: { type: 'string', short: 'e' },
    role: { type: 'string' },
    password: { type: 'string', short: 'p' },
  },
  run: async (ctx) => {
    const email = requiredOption(ctx, 'email', signupCommand.usage);
    const role = requiredOption(ctx, 'role', signupCommand.usage);
    if (!(ROLES as readonly string[]).includes(role))
      throw usageError(`--role must be one of ${ROLES.join(', ')}.`);
    const password =
      stringOption(ctx.options, 'password') ?? (await ctx.io.readStdin()).replace(/\r?\n$/, '');
    if (password === '') throw usageError('Missing password: pass --password or pipe it on stdin.');
    const account = await ctx.api.call('profile', '/v1/accounts', {
      method: 'POST',
      body: { email, password, role },
      lang: ctx.lang,
    });
    await ctx.sessions.save(await logIn(ctx.api, email, password, ctx.lang));
    return { data: account, text: actionTextsFor(ctx.lang).signedUp(email, role) };
  },
};

/** The profile document of the logged-in startup or advisor. */
const ownProfilePath = async (ctx: CommandContext) => {
  const client = await ctx.signedIn();
  const { role, accountId } = client.session;
  if (role === 'council') throw new CliError('The council has no profile of its own.', 1, 'CLI.NO_PROFILE');
  return {
    client,
    path: `/v1/${role === 'startup' ? 'startups' : 'advisors'}/${encode(accountId)}`,
    accountId,
  };
};

export const readProfileFile = async (ctx: CommandContext, file: string): Promise<unknown> => {
  const text = file === '-' ? await ctx.io.readStdin() : await readFile(file, 'utf8').catch(() => null);
  if (text === null) throw usageError(`Cannot read ${file}.`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw usageError(`${file} is not valid JSON.`);
  }
};

export const profileCommand: Command = {
  name: 'profile',
  usage: 'profile [--file <profile.json>|-]',
  summary: 'Show your startup or advisor profile; with --file, replace it (JSON as the API takes it)',
  options: { file: { type: 'string', short: 'f' } },
  run: async (ctx) => {
    const { client, path, accountId } = await ownProfilePath(ctx);
    const file = stringOption(ctx.options, 'file');
    if (file === undefined) {
      const data = await client.call('profile', path, { lang: ctx.lang });
      return { data, text: JSON.stringify(data, null, 2) };
    }
    const body = await readProfileFile(ctx, file);
    const data = await client.call('profile', path, { method: 'PUT', body, lang: ctx.lang });
    const verification = profileSchema.parse(data).verification?.status ?? '–';
    return { data, text: actionTextsFor(ctx.lang).profileSaved(accountId, verification) };
  },
};

const pauseSwitch =
  (paused: boolean): Command['run'] =>
  async (ctx) => {
    const client = await ctx.signedIn();
    if (client.session.role !== 'advisor')
      throw new CliError('Only advisors pause and resume.', 1, 'CLI.NOT_AN_ADVISOR');
    const data = await client.call('profile', `/v1/advisors/${encode(client.session.accountId)}/pause`, {
      method: 'PUT',
      body: { paused },
      lang: ctx.lang,
    });
    const say = actionTextsFor(ctx.lang);
    return { data, text: paused ? say.paused : say.resumed };
  };

export const pauseCommand: Command = {
  name: 'pause',
  usage: 'pause',
  summary: 'Stop taking new introduction requests for a while (advisor)',
  run: pauseSwitch(true),
};

export const resumeCommand: Command = {
  name: 'resume',
  usage: 'resume',
  summary: 'Take introduction requests again (advisor)',
  run: pauseSwitch(false),
};
