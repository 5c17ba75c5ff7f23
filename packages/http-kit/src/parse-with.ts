import { validationFailed, type FieldIssue } from '@jisr/errors';
import type { z } from 'zod';

export type RequestPart = 'body' | 'query' | 'params';

/**
 * Parses one part of a request with its (strict) schema; on failure throws `validationFailed` (400)
 * with one issue per field, paths prefixed by the part (`body.name.latin`).
 */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: RequestPart): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw validationFailed(result.error.issues.flatMap((issue) => toFieldIssues(issue, where)));
}

function toFieldIssues(issue: z.core.$ZodIssue, where: RequestPart): FieldIssue[] {
  const at = (path: readonly PropertyKey[]) => [where, ...path.map(String)].join('.');
  // A strict schema reports all unknown keys in one issue; name each field so clients can point at it.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: at([...issue.path, key]),
      code: issue.code,
      message: 'is not allowed',
    }));
  }
  return [{ path: at(issue.path), code: issue.code, message: issue.message }];
}
