import type { Filter, FieldOps, FindOptions, IndexSpec, Primitive, SortSpec } from './storage.port';
import { invalidQuery } from './storage-errors';

/** Identifier segments only; all-digit segments are refused because MongoDB reads them as array positions. */
const SEGMENT = /^(?![0-9]+$)[A-Za-z0-9_]{1,64}$/;
const NAME = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;
const MAX_DEPTH = 6;

const OPERATORS = ['$eq', '$ne', '$in', '$nin', '$gt', '$gte', '$lt', '$lte', '$exists'] as const;
type Operator = (typeof OPERATORS)[number];

/** One checked condition of a filter: a safe field path and a whitelisted operator with a checked value. */
export type Condition =
  | { readonly path: string; readonly op: '$eq' | '$ne'; readonly value: Primitive }
  | { readonly path: string; readonly op: '$in' | '$nin'; readonly value: readonly Primitive[] }
  | { readonly path: string; readonly op: '$gt' | '$gte' | '$lt' | '$lte'; readonly value: string | number }
  | { readonly path: string; readonly op: '$exists'; readonly value: boolean };

/** Field paths end up inside SQL text and MongoDB keys, so only `[A-Za-z0-9_.]` paths pass. */
export const checkPath = (path: string): string[] => {
  const segments = typeof path === 'string' ? path.split('.') : [];
  if (segments.length === 0 || segments.length > MAX_DEPTH || !segments.every((s) => SEGMENT.test(s))) {
    throw invalidQuery(`Field path ${JSON.stringify(path)} is not a dotted identifier path.`);
  }
  return segments;
};

/** Collection and index names become table, index and collection names. */
export const checkName = (name: string, what: string): string => {
  if (typeof name !== 'string' || !NAME.test(name) || name.toLowerCase().startsWith('sqlite_')) {
    throw invalidQuery(`${what} name ${JSON.stringify(name)} must be an identifier.`);
  }
  return name;
};

const isPrimitive = (value: unknown): value is Primitive =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value));

const isComparable = (value: unknown): value is string | number =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

const fail = (path: string, op: string): never => {
  throw invalidQuery(`Filter on "${path}" has an invalid value for ${op}.`);
};

const checkOperator = (path: string, op: Operator, value: unknown): Condition => {
  switch (op) {
    case '$eq':
    case '$ne':
      return isPrimitive(value) ? { path, op, value } : fail(path, op);
    case '$in':
    case '$nin':
      return Array.isArray(value) && value.every(isPrimitive) ? { path, op, value } : fail(path, op);
    case '$exists':
      return typeof value === 'boolean' ? { path, op, value } : fail(path, op);
    default:
      return isComparable(value) ? { path, op, value } : fail(path, op);
  }
};

const isOperator = (key: string): key is Operator => (OPERATORS as readonly string[]).includes(key);

/**
 * Checks a filter at run time (callers may hand in parsed JSON) and flattens it into conditions.
 * Unknown operators such as `$where` or `$regex` are refused, so no query language leaks through.
 */
export const checkFilter = (filter: Filter = {}): Condition[] => {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw invalidQuery('A filter must be an object of field conditions.');
  }
  return Object.entries(filter).flatMap(([path, condition]): Condition[] => {
    checkPath(path);
    if (isPrimitive(condition)) return [{ path, op: '$eq', value: condition }];
    if (typeof condition !== 'object' || condition === null || Array.isArray(condition))
      return fail(path, '$eq');
    return Object.entries(condition as FieldOps).map(([op, value]) =>
      isOperator(op) ? checkOperator(path, op, value) : fail(path, op),
    );
  });
};

const checkDirections = (fields: SortSpec, what: string): [string, 1 | -1][] =>
  Object.entries(fields).map(([path, direction]) => {
    checkPath(path);
    if (direction !== 1 && direction !== -1)
      throw invalidQuery(`${what} direction for "${path}" must be 1 or -1.`);
    return [path, direction];
  });

/** Sort fields, then `_id` as the tie-breaker so both adapters return equal orders. */
export const checkSort = (sort: SortSpec = {}): [string, 1 | -1][] => {
  const fields = checkDirections(sort, 'Sort');
  return fields.some(([path]) => path === '_id') ? fields : [...fields, ['_id', 1]];
};

const checkCount = (value: number | undefined, what: string): number | undefined => {
  if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
    throw invalidQuery(`${what} must be a whole number ≥ 0.`);
  }
  return value;
};

export interface CheckedFindOptions {
  readonly sort: [string, 1 | -1][];
  readonly limit: number | undefined;
  readonly skip: number;
}

export const checkFindOptions = (options: FindOptions = {}): CheckedFindOptions => ({
  sort: checkSort(options.sort),
  limit: checkCount(options.limit, 'limit'),
  skip: checkCount(options.skip, 'skip') ?? 0,
});

export const checkIndex = (index: IndexSpec): [string, 1 | -1][] => {
  checkName(index.name, 'Index');
  const fields = checkDirections(index.fields, 'Index');
  if (fields.length === 0) throw invalidQuery(`Index "${index.name}" has no fields.`);
  return fields;
};

/** A document's `_id`, checked at run time (callers may hand in parsed JSON). */
export const checkId = (id: unknown): string => {
  if (typeof id !== 'string' || id.length === 0)
    throw invalidQuery('A document needs a non-empty string _id.');
  return id;
};

/** Everything but `_id` and `version`, which the adapters store on their own. */
export const bodyOf = (doc: object): Record<string, unknown> => {
  const { _id: _ignoredId, version: _ignoredVersion, ...body } = doc as Record<string, unknown>;
  return body;
};
