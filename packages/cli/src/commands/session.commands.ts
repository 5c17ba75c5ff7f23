import { logIn } from '../api/auth';
import { usageError } from '../cli-error';
import { requiredOption } from './arguments';
import { stringOption, type Command } from './command';

export const loginCommand: Command = {
  name: 'login',
  usage: 'login --email <email> [--password <password>]   (without --password it is read from stdin)',
  summary: 'Log in; the session is kept in $JISR_HOME (default ~/.jisr)',
  options: { email: { type: 'string', short: 'e' }, password: { type: 'string', short: 'p' } },
  run: async (ctx) => {
    const email = requiredOption(ctx, 'email', loginCommand.usage);
    const password =
      stringOption(ctx.options, 'password') ?? (await ctx.io.readStdin()).replace(/\r?\n$/, '');
    if (password === '') throw usageError('Missing password: pass --password or pipe it on stdin.');
    const session = await logIn(ctx.api, email, password, ctx.lang);
    await ctx.sessions.save(session);
    const data = { email, accountId: session.accountId, role: session.role };
    return { data, text: ctx.texts.loggedIn(email, session.role) };
  },
};

export const logoutCommand: Command = {
  name: 'logout',
  usage: 'logout',
  summary: 'End the session on the server and forget it here',
  run: async (ctx) => {
    const session = await ctx.sessions.load();
    if (session !== null) {
      // Already ended on the server is as good as ended now.
      await ctx.api
        .call('profile', '/v1/sessions/logout', {
          method: 'POST',
          body: { refreshToken: session.refreshToken },
        })
        .catch(() => undefined);
      await ctx.sessions.clear();
    }
    return { data: { loggedOut: true }, text: ctx.texts.loggedOut };
  },
};

export const whoamiCommand: Command = {
  name: 'whoami',
  usage: 'whoami',
  summary: 'Show who is logged in',
  run: async (ctx) => {
    const { session } = await ctx.signedIn();
    const data = { email: session.email, accountId: session.accountId, role: session.role };
    return { data, text: ctx.texts.whoami(session.email, session.role, session.accountId) };
  },
};
