import { validationFailed, type FieldIssue } from '@jisr/errors';

// Keys that pollute prototypes in JS or turn into operators in document stores.
const isHostileKey = (key: string): boolean =>
  key === '__proto__' ||
  key === 'constructor' ||
  key === 'prototype' ||
  key.startsWith('$') ||
  key.includes('\u0000');

const MAX_DEPTH = 32;

function collect(value: unknown, path: string, depth: number, issues: FieldIssue[]): void {
  if (typeof value !== 'object' || value === null || issues.length >= 20) return;
  if (depth > MAX_DEPTH) {
    issues.push({ path, code: 'too_deep', message: 'is nested too deeply' });
    return;
  }
  for (const key of Object.keys(value)) {
    const at = `${path}.${key}`;
    if (isHostileKey(key)) issues.push({ path: at, code: 'forbidden_key', message: 'is not an allowed key' });
    collect((value as Record<string, unknown>)[key], at, depth + 1, issues);
  }
}

/**
 * Refuses `__proto__`, `constructor`, `prototype` and `$`-keys anywhere in a body with 400, before
 * any schema sees it. Strict schemas refuse them too; this makes it hold for every route and depth.
 */
export function rejectHostileKeys(body: unknown): void {
  const issues: FieldIssue[] = [];
  collect(body, 'body', 0, issues);
  if (issues.length > 0) throw validationFailed(issues);
}
