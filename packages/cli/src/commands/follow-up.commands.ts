import { z } from 'zod';
import { actionTextsFor } from '../output/action-texts';
import { integerOption, positional, requiredOption } from './arguments';
import { stringOption, type Command, type CommandContext } from './command';

const encode = encodeURIComponent;
const itemSchema = z.looseObject({ id: z.string(), status: z.string() });

/** One POST on an introduction in messaging's inbox; returns the item as the service answered. */
const onIntroduction = async (ctx: CommandContext, id: string, action: string, body: object) => {
  const client = await ctx.signedIn();
  const payload = await client.call('messaging', `/v1/introductions/${encode(id)}/${action}`, {
    method: 'POST',
    body,
    lang: ctx.lang,
  });
  itemSchema.parse(payload);
  return payload;
};

export const askCommand: Command = {
  name: 'ask',
  usage: 'ask <introductionId> --question "<what you need to know>"',
  summary: 'Ask the startup for more information before deciding; your deadline waits (advisor)',
  options: { question: { type: 'string', short: 'q' } },
  run: async (ctx) => {
    const id = positional(ctx, 0, 'introductionId', askCommand.usage);
    const question = requiredOption(ctx, 'question', askCommand.usage);
    const data = await onIntroduction(ctx, id, 'info-request', { question });
    return { data, text: actionTextsFor(ctx.lang).asked(id) };
  },
};

export const answerCommand: Command = {
  name: 'answer',
  usage: 'answer <introductionId> --answer "<your answer>"',
  summary: "Answer an advisor's question about your request (startup)",
  options: { answer: { type: 'string', short: 'a' } },
  run: async (ctx) => {
    const id = positional(ctx, 0, 'introductionId', answerCommand.usage);
    const answer = requiredOption(ctx, 'answer', answerCommand.usage);
    const data = await onIntroduction(ctx, id, 'info-response', { answer });
    return { data, text: actionTextsFor(ctx.lang).answered(id) };
  },
};

export const completeCommand: Command = {
  name: 'complete',
  usage: 'complete <introductionId> --rating 1-5 [--comment "<text>"]',
  summary: 'End an accepted introduction with a rating; the advisor’s place is freed (either side)',
  options: { rating: { type: 'string', short: 'r' }, comment: { type: 'string' } },
  run: async (ctx) => {
    const id = positional(ctx, 0, 'introductionId', completeCommand.usage);
    requiredOption(ctx, 'rating', completeCommand.usage);
    const rating = integerOption(ctx, 'rating', 0, 1, 5);
    const comment = stringOption(ctx.options, 'comment');
    const data = await onIntroduction(
      ctx,
      id,
      'complete',
      comment === undefined ? { rating } : { rating, comment },
    );
    return { data, text: actionTextsFor(ctx.lang).completed(id, rating) };
  },
};

export const withdrawCommand: Command = {
  name: 'withdraw',
  usage: 'withdraw <introductionId> [--reason "<text>"]',
  summary: 'Take back a request the advisor has not answered yet (startup)',
  options: { reason: { type: 'string' } },
  run: async (ctx) => {
    const id = positional(ctx, 0, 'introductionId', withdrawCommand.usage);
    const reason = stringOption(ctx.options, 'reason');
    const client = await ctx.signedIn();
    const data = await client.call('matching', `/v1/introductions/${encode(id)}/withdraw`, {
      method: 'POST',
      body: reason === undefined ? {} : { reason },
      lang: ctx.lang,
    });
    return { data, text: actionTextsFor(ctx.lang).withdrawn(id) };
  },
};
