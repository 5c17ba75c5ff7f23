type Json = Record<string, unknown>;

/** One call of a route × role matrix: a route called by a role it does not list. */
export interface RoleProbe<R extends string = string> {
  readonly method: string;
  /** The OpenAPI path template, `{id}` style. */
  readonly path: string;
  readonly role: R;
}

export interface ProbeAnswer<R extends string = string> extends RoleProbe<R> {
  readonly status: number;
  readonly code: unknown;
}

/** Stands in for every path parameter: the role guard runs before the parameters are parsed. */
const PROBE_ID = 'role-matrix-probe';

/**
 * Every (route, role) pair the service's OpenAPI document refuses: an operation with `x-roles`
 * (generated from each route's `access`, the very list the service mounts) against each of `roles`
 * it does not name. Public and signed-in operations admit every role, so they add no probe.
 */
export function deniedProbes<R extends string>(document: Json, roles: readonly R[]): RoleProbe<R>[] {
  const paths = (document.paths ?? {}) as Record<string, Record<string, Json>>;
  return Object.entries(paths).flatMap(([path, operations]) =>
    Object.entries(operations).flatMap(([method, operation]) => {
      const allowed = operation['x-roles'];
      if (!Array.isArray(allowed)) return [];
      return roles.filter((role) => !allowed.includes(role)).map((role) => ({ method, path, role }));
    }),
  );
}

/**
 * Makes each probe as a real HTTP call, with a token of its role and a JSON body the route's schema
 * would refuse (`{}` or nothing), and returns every answer — a 403 shows the guard ran before parsing.
 */
export async function probeRoutes<R extends string>(
  baseUrl: string,
  probes: readonly RoleProbe<R>[],
  tokenOf: (role: R) => string | Promise<string>,
): Promise<ProbeAnswer<R>[]> {
  const answers: ProbeAnswer<R>[] = [];
  // A few at a time: hundreds of calls at once would only measure the machine.
  for (let at = 0; at < probes.length; at += 8) {
    const batch = probes.slice(at, at + 8).map(async (probe) => {
      const withBody = probe.method !== 'get' && probe.method !== 'delete';
      const response = await fetch(`${baseUrl}${probe.path.replace(/\{\w+\}/g, PROBE_ID)}`, {
        method: probe.method.toUpperCase(),
        headers: {
          authorization: `Bearer ${await tokenOf(probe.role)}`,
          ...(withBody ? { 'content-type': 'application/json' } : {}),
        },
        ...(withBody ? { body: '{}' } : {}),
      });
      const text = await response.text();
      let code: unknown;
      try {
        code = (JSON.parse(text) as Json).code;
      } catch {
        code = undefined;
      }
      return { ...probe, status: response.status, code };
    });
    answers.push(...(await Promise.all(batch)));
  }
  return answers;
}
