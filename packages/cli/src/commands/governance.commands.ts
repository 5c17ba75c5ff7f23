import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { CliError, usageError } from '../cli-error';
import { governanceTextsFor } from '../output/governance-texts';
import { table } from '../output/table';
import { stringOption, type Command, type OptionValues } from './command';

const staffSchema = z.looseObject({
  accountId: z.string(),
  email: z.string().nullable(),
  status: z.string(),
  organisationId: z.string().nullable(),
  staffRoles: z.array(z.string()),
  centreIds: z.array(z.string()),
});
const staffListSchema = z.looseObject({ items: z.array(staffSchema) });

/** `--roles verifier,observer` → `['verifier','observer']`; the service checks the names. */
const listOption = (options: OptionValues, name: string): string[] | undefined => {
  const value = stringOption(options, name);
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
};

const STAFF_USAGE =
  'staff list   |   staff create --email <email> --password <pw> --organisation <id> --roles <role,…> [--centres <id,…>]   |   staff roles <accountId> --roles <role,…> [--centres <id,…>]';

export const staffCommand: Command = {
  name: 'staff',
  usage: STAFF_USAGE,
  summary: 'Staff accounts (admin): list everyone with roles, create one in any organisation, change roles',
  details: () =>
    'Roles: admin, programme-manager, verifier, centre-coordinator (needs --centres), observer. A role change takes effect at the next token refresh.',
  options: {
    email: { type: 'string' },
    password: { type: 'string' },
    organisation: { type: 'string' },
    roles: { type: 'string' },
    centres: { type: 'string' },
  },
  run: async (ctx) => {
    const say = governanceTextsFor(ctx.lang);
    const [verb, accountId] = ctx.positionals;
    const roles = listOption(ctx.options, 'roles');
    const centres = listOption(ctx.options, 'centres');
    const withCentres = centres === undefined ? {} : { centreIds: centres };
    if (verb === 'list' || verb === undefined) {
      const client = await ctx.signedIn();
      const { items } = staffListSchema.parse(await client.call('profile', '/v1/staff'));
      const text = table(
        items,
        [
          { header: ctx.texts.h.id, value: (s) => s.accountId },
          { header: say.email, value: (s) => s.email ?? '—', max: 56 },
          { header: say.organisation, value: (s) => s.organisationId ?? '—' },
          { header: say.roles, value: (s) => s.staffRoles.join(', '), max: 48 },
          { header: say.centres, value: (s) => s.centreIds.join(', ') || '—', max: 32 },
          { header: say.status, value: (s) => s.status },
        ],
        say.noStaff,
      );
      return { data: { items }, text };
    }
    if (verb === 'create') {
      const email = stringOption(ctx.options, 'email');
      const password = stringOption(ctx.options, 'password');
      const organisationId = stringOption(ctx.options, 'organisation');
      if (
        email === undefined ||
        password === undefined ||
        organisationId === undefined ||
        roles === undefined
      )
        throw usageError('staff create needs --email, --password, --organisation and --roles.');
      if (roles.length === 0) throw usageError('--roles needs at least one role.');
      const client = await ctx.signedIn();
      const created = staffSchema.parse(
        await client.call('profile', '/v1/staff', {
          method: 'POST',
          body: { email, password, organisationId, staffRoles: roles, ...withCentres },
        }),
      );
      return { data: created, text: say.created(created.accountId, created.email ?? email) };
    }
    if (verb === 'roles') {
      if (accountId === undefined || roles === undefined)
        throw usageError('staff roles needs <accountId> and --roles <role,…>.');
      if (roles.length === 0) throw usageError('--roles needs at least one role.');
      const client = await ctx.signedIn();
      const changed = staffSchema.parse(
        await client.call('profile', `/v1/staff/${encodeURIComponent(accountId)}/roles`, {
          method: 'PUT',
          body: { staffRoles: roles, ...withCentres },
        }),
      );
      return { data: changed, text: say.rolesChanged(changed.accountId, changed.staffRoles.join(', ')) };
    }
    throw usageError(`Usage: jisr ${STAFF_USAGE}`);
  },
};

const recordSchema = z.looseObject({
  sequence: z.number(),
  at: z.string(),
  service: z.string(),
  actor: z.looseObject({ accountId: z.string(), organisationId: z.string().optional() }),
  action: z.string(),
  target: z.looseObject({ type: z.string(), id: z.string() }),
});
const pageSchema = z.looseObject({
  items: z.array(recordSchema),
  /** The startups' and advisors' names on the page, by account id. */
  names: z.record(z.string(), z.string()).default({}),
  nextCursor: z.string().nullable(),
});
const point = z.looseObject({ sequence: z.number(), hash: z.string() });
const chainSchema = z.looseObject({
  intact: z.boolean(),
  checked: z.number(),
  anchor: point,
  head: point,
  firstBad: z.looseObject({ sequence: z.number(), problem: z.string() }).nullable(),
});

const FILTERS = ['actor', 'organisation', 'action', 'target-type', 'target', 'from', 'to'] as const;
const AUDIT_USAGE = `audit list [--${FILTERS.join(' … --')} …] [--limit <n>] [--cursor <c>]   |   audit export [filters] [--out <file.csv>]   |   audit verify`;

/** The filters as the service names them; `--from`/`--to` are ISO 8601 instants. */
const filtersOf = (options: OptionValues): Record<string, string | undefined> => {
  for (const name of ['from', 'to'] as const) {
    const value = stringOption(options, name);
    if (value !== undefined && Number.isNaN(Date.parse(value)))
      throw usageError(`--${name} must be a date or an ISO 8601 instant, e.g. 2026-12-01T00:00:00Z.`);
  }
  const instant = (name: 'from' | 'to') => {
    const value = stringOption(options, name);
    return value === undefined ? undefined : new Date(value).toISOString();
  };
  return {
    actor: stringOption(options, 'actor'),
    organisation: stringOption(options, 'organisation'),
    action: stringOption(options, 'action'),
    targetType: stringOption(options, 'target-type'),
    target: stringOption(options, 'target'),
    from: instant('from'),
    to: instant('to'),
  };
};

export const auditCommand: Command = {
  name: 'audit',
  usage: AUDIT_USAGE,
  summary:
    'The audit trail (admin, observer): list it with filters, export it as CSV, verify its hash chain (exit 1 when broken)',
  options: {
    ...Object.fromEntries(FILTERS.map((name) => [name, { type: 'string' } as const])),
    limit: { type: 'string' },
    cursor: { type: 'string' },
    out: { type: 'string' },
  },
  run: async (ctx) => {
    const say = governanceTextsFor(ctx.lang);
    const [verb] = ctx.positionals;
    if (verb === 'list' || verb === undefined) {
      const limit = stringOption(ctx.options, 'limit');
      if (limit !== undefined && !/^[1-9]\d*$/.test(limit))
        throw usageError('--limit must be a positive whole number.');
      const query = { ...filtersOf(ctx.options), limit, cursor: stringOption(ctx.options, 'cursor') };
      const client = await ctx.signedIn();
      const page = pageSchema.parse(await client.call('profile', '/v1/audit', { query }));
      const text = table(
        page.items,
        [
          { header: say.sequence, value: (r) => String(r.sequence) },
          { header: say.at, value: (r) => r.at.slice(0, 19).replace('T', ' ') },
          { header: say.service, value: (r) => r.service },
          { header: say.actor, value: (r) => r.actor.accountId, max: 32 },
          { header: say.organisation, value: (r) => r.actor.organisationId ?? '—' },
          { header: say.action, value: (r) => r.action },
          { header: say.target, value: (r) => `${r.target.type} ${r.target.id}`, max: 48 },
          {
            header: say.named,
            value: (r) => page.names[r.target.id] ?? '—',
            max: 32,
          },
        ],
        say.noRecords,
      );
      const more = page.nextCursor === null ? '' : `\n${say.more(page.nextCursor)}`;
      return { data: page, text: `${text}${more}` };
    }
    if (verb === 'export') {
      const query = filtersOf(ctx.options);
      const client = await ctx.signedIn();
      const answer = await client.call('profile', '/v1/audit.csv', {
        query,
        headers: { accept: 'text/csv' },
      });
      if (typeof answer !== 'string')
        throw new CliError('The profile service did not answer with CSV.', 1, 'CLI.UNEXPECTED_ANSWER');
      const out = stringOption(ctx.options, 'out');
      const rows = Math.max(0, answer.split(/\r?\n/).filter((line) => line !== '').length - 1);
      if (out === undefined) return { data: { rows, csv: answer }, text: answer.replace(/\r?\n$/, '') };
      const file = resolve(out);
      await writeFile(file, answer, 'utf8');
      return { data: { file, rows }, text: say.exported(file, rows) };
    }
    if (verb === 'verify') {
      const client = await ctx.signedIn();
      const report = chainSchema.parse(await client.call('profile', '/v1/audit/verification'));
      if (report.intact) return { data: report, text: say.intact(report.checked, report.head.sequence) };
      const bad = report.firstBad ?? { sequence: report.head.sequence, problem: 'unknown' };
      const message = say.broken(bad.sequence, bad.problem);
      ctx.io.stdout(ctx.options.json === true ? `${JSON.stringify(report, null, 2)}\n` : `${message}\n`);
      throw new CliError(message, 1, 'AUDIT.CHAIN_BROKEN');
    }
    throw usageError(`Usage: jisr ${AUDIT_USAGE}`);
  },
};
