import { usageError } from '../cli-error';
import { accountTextsFor } from '../output/account-texts';
import { positional } from './arguments';
import { stringOption, type Command, type CommandContext } from './command';

/** The lines piped on stdin, without the final newline (passwords are read as `jisr login` reads them). */
const stdinLines = async (ctx: CommandContext): Promise<string[]> =>
  (await ctx.io.readStdin()).replace(/\r?\n$/, '').split(/\r?\n/);

export const verifyCommand: Command = {
  name: 'verify',
  usage: 'verify <token>   (the token from the link in the verification email)',
  summary: 'Confirm your email address with the token from the verification email',
  run: async (ctx) => {
    const token = positional(ctx, 0, 'token', verifyCommand.usage);
    const data = await ctx.api.call('profile', '/v1/email-verifications', {
      method: 'POST',
      body: { token },
      lang: ctx.lang,
    });
    const email = (data as { email?: unknown }).email;
    return { data, text: accountTextsFor(ctx.lang).verified(typeof email === 'string' ? email : '') };
  },
};

const RESET_USAGE =
  'password reset <email>  |  password reset --token <token> [--password <new>]  |  password change [--current <password> --new <password>]';

const resetPassword = async (ctx: CommandContext) => {
  const say = accountTextsFor(ctx.lang);
  const token = stringOption(ctx.options, 'token');
  if (token === undefined) {
    const email = positional(ctx, 1, 'email', RESET_USAGE);
    const data = await ctx.api.call('profile', '/v1/password-resets', {
      method: 'POST',
      body: { email },
      lang: ctx.lang,
    });
    return { data, text: say.resetRequested(email) };
  }
  const password = stringOption(ctx.options, 'password') ?? (await stdinLines(ctx))[0] ?? '';
  if (password === '') throw usageError('Missing password: pass --password or pipe it on stdin.');
  await ctx.api.call('profile', '/v1/password-resets/confirm', {
    method: 'POST',
    body: { token, password },
    lang: ctx.lang,
  });
  // The reset signed every session out, this one's too.
  await ctx.sessions.clear();
  return { data: { passwordReset: true }, text: say.passwordReset };
};

const changePassword = async (ctx: CommandContext) => {
  const say = accountTextsFor(ctx.lang);
  const client = await ctx.signedIn();
  let currentPassword = stringOption(ctx.options, 'current');
  let newPassword = stringOption(ctx.options, 'new');
  if (currentPassword === undefined || newPassword === undefined)
    [currentPassword = '', newPassword = ''] = await stdinLines(ctx);
  if (currentPassword === '' || newPassword === '') throw usageError(say.missingPasswords);
  await client.call('profile', '/v1/me/password', {
    method: 'POST',
    body: { currentPassword, newPassword },
    lang: ctx.lang,
  });
  return { data: { passwordChanged: true }, text: say.passwordChanged };
};

export const passwordCommand: Command = {
  name: 'password',
  usage: `${RESET_USAGE}   (passwords not given as options are read from stdin, one a line)`,
  summary: 'Ask for a password reset email, set a new password with its token, or change your password',
  options: {
    token: { type: 'string' },
    password: { type: 'string', short: 'p' },
    current: { type: 'string' },
    new: { type: 'string' },
  },
  run: async (ctx) => {
    const action = ctx.positionals[0];
    if (action === 'reset') return resetPassword(ctx);
    if (action === 'change') return changePassword(ctx);
    throw usageError(`Expected "reset" or "change". Usage: jisr ${RESET_USAGE}`);
  },
};
