import { z } from 'zod';
import type { SignedInClient } from '../api/auth';
import { ApiError, type ServiceName } from '../api/http-client';
import { usageError } from '../cli-error';
import { approvalTextsFor } from '../output/approval-texts';
import { table } from '../output/table';
import { stringOption, type Command } from './command';

/** The services that hold four-eyes requests: profile (erasure, deactivation), matching (cohort rounds). */
const APPROVAL_SERVICES = ['profile', 'matching'] as const satisfies readonly ServiceName[];
const STATES = ['requested', 'approved', 'rejected', 'expired'] as const;
const approvalSchema = z.looseObject({
  approvalId: z.string(),
  action: z.string(),
  target: z.looseObject({ type: z.string(), id: z.string() }),
  requestedBy: z.looseObject({ accountId: z.string() }),
  expiresAt: z.string(),
  state: z.string(),
});
const listSchema = z.looseObject({ items: z.array(approvalSchema) });

const listAll = async (client: SignedInClient, state: string) => {
  const lists = await Promise.all(
    APPROVAL_SERVICES.map(async (service) =>
      listSchema
        .parse(await client.call(service, '/v1/approvals', { query: { state } }))
        .items.map((approval) => ({ service, ...approval })),
    ),
  );
  return lists.flat().sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
};

/** Decides in the service that holds the id: profile first; an id it does not know is matching's. */
const decide = async (
  client: SignedInClient,
  approvalId: string,
  verdict: 'approve' | 'reject',
  body: object,
) => {
  const path = `/v1/approvals/${encodeURIComponent(approvalId)}/${verdict}`;
  try {
    return await client.call('profile', path, { method: 'POST', body });
  } catch (error) {
    const unknownToProfile = error instanceof ApiError && (error.status === 404 || error.status === 400);
    if (!unknownToProfile) throw error;
    return client.call('matching', path, { method: 'POST', body });
  }
};

export const approvalsCommand: Command = {
  name: 'approvals',
  usage: `approvals list [--state ${STATES.join('|')}]   |   approvals approve <approvalId> [--reason <text>]   |   approvals reject <approvalId> --reason <text>`,
  summary:
    'Four-eyes (staff): what waits for my decision in every service; approve (the action runs once) or reject',
  options: { state: { type: 'string' }, reason: { type: 'string' } },
  run: async (ctx) => {
    const say = approvalTextsFor(ctx.lang);
    const [verb, approvalId] = ctx.positionals;
    const client = await ctx.signedIn();
    const reason = stringOption(ctx.options, 'reason');
    if (verb === 'list' || verb === undefined) {
      const state = stringOption(ctx.options, 'state') ?? 'requested';
      if (!(STATES as readonly string[]).includes(state))
        throw usageError(`--state must be one of ${STATES.join(', ')}.`);
      const items = await listAll(client, state);
      const h = ctx.texts.h;
      const text = table(
        items,
        [
          { header: h.id, value: (a) => a.approvalId },
          { header: say.service, value: (a) => a.service },
          { header: say.action, value: (a) => a.action },
          { header: say.target, value: (a) => `${a.target.type} ${a.target.id}`, max: 48 },
          { header: say.requestedBy, value: (a) => a.requestedBy.accountId },
          { header: say.expires, value: (a) => a.expiresAt.slice(0, 16).replace('T', ' ') },
          { header: say.state, value: (a) => a.state },
        ],
        say.none,
      );
      return { data: { items }, text };
    }
    if ((verb !== 'approve' && verb !== 'reject') || approvalId === undefined)
      throw usageError(`Usage: jisr ${approvalsCommand.usage}`);
    if (verb === 'reject' && (reason === undefined || reason.trim() === ''))
      throw usageError('A rejection needs --reason <text>.');
    const decided = approvalSchema.parse(
      await decide(client, approvalId, verb, reason === undefined ? {} : { reason }),
    );
    const text = verb === 'approve' ? say.approved(decided.approvalId) : say.rejected(decided.approvalId);
    return { data: decided, text };
  },
};
