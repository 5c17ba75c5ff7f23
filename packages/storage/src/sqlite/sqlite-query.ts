import type { Filter, FindOptions, Primitive } from '../storage.port';
import { type Condition, checkFilter, checkFindOptions, checkPath } from '../query-check';

/**
 * Turns a checked filter into SQLite over the `doc` JSON column with MongoDB's meaning: a dotted
 * path walks objects, and at any array on the way (or at its end) a document matches when any
 * element matches. Values are always bound parameters; paths are validated identifiers and are
 * written into the SQL literally, because only literal `json_extract(doc, '$.a')` matches the
 * expression indexes.
 */
export class SqlParams {
  readonly values: Record<string, string | number> = {};
  #nextParam = 0;
  #nextAlias = 0;

  bind(value: string | number): string {
    const name = `p${this.#nextParam++}`;
    this.values[name] = value;
    return `@${name}`;
  }

  /** A fresh table alias for a `json_each`; deterministic, so equal filter shapes reuse a prepared statement. */
  alias(): string {
    return `e${this.#nextAlias++}`;
  }
}

/** One place a value can sit: its SQL value and its JSON type (`json_type` names). */
interface Slot {
  readonly value: string;
  readonly type: string;
}

type SlotTest = (slot: Slot) => string;

/** `_id` and `version` live in their own columns. */
const COLUMNS: Record<string, Slot> = {
  _id: { value: '_id', type: `'text'` },
  version: { value: 'version', type: `'integer'` },
};

const jsonPath = (segments: readonly string[]): string => `'$.${segments.join('.')}'`;

/** SQL for a JSON path at `source`: the expression the indexes are built on. */
export const fieldExpression = (path: string, source = 'doc'): string =>
  COLUMNS[path]?.value ?? `json_extract(${source}, ${jsonPath(checkPath(path))})`;

const equals = (params: SqlParams, slot: Slot, value: Primitive): string => {
  if (value === null) return `${slot.value} IS NULL`;
  if (typeof value === 'boolean') return `${slot.type} = '${value ? 'true' : 'false'}'`;
  const type = typeof value === 'number' ? `IN ('integer', 'real')` : `= 'text'`;
  return `(${slot.value} = ${params.bind(value)} AND ${slot.type} ${type})`;
};

const SQL_OPERATORS = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' } as const;

/** Comparisons stay within one type, as in MongoDB: `{ $gt: 5 }` never matches a string. */
const compares =
  (params: SqlParams, op: keyof typeof SQL_OPERATORS, value: string | number): SlotTest =>
  (slot) => {
    const type = typeof value === 'number' ? `IN ('integer', 'real')` : `= 'text'`;
    return `(${slot.value} ${SQL_OPERATORS[op]} ${params.bind(value)} AND ${slot.type} ${type})`;
  };

/** The value at `segments` itself, or any element when that value is an array. */
const atLeaf = (params: SqlParams, source: string, segments: readonly string[], test: SlotTest): string => {
  const path = jsonPath(segments);
  const value = `json_extract(${source}, ${path})`;
  const type = `json_type(${source}, ${path})`;
  const element = params.alias();
  // At the root, the range on `value` (array JSON text starts with '[') lets SQLite use the index.
  const arrayHint = source === 'doc' ? `${value} >= '[' AND ${value} < '\\' AND ` : '';
  return (
    `(${test({ value, type })} OR (${arrayHint}${type} = 'array' AND EXISTS (SELECT 1 FROM ` +
    `json_each(${source}, ${path}) AS ${element} WHERE ${test({ value: `${element}.value`, type: `${element}.type` })})))`
  );
};

/**
 * Every way `segments` can resolve from `source`: straight through objects, or through an array
 * at any prefix whose object elements continue the rest of the path.
 */
const atPath = (
  params: SqlParams,
  source: string,
  segments: readonly string[],
  test: SlotTest,
  missingMatches: boolean,
): string => {
  const prefixes = segments.slice(1).map((_, i) => segments.slice(0, i + 1));
  const noArrayOnTheWay = prefixes.map(
    (prefix) => ` AND coalesce(json_type(${source}, ${jsonPath(prefix)}), '') <> 'array'`,
  );
  const direct = missingMatches
    ? `(${atLeaf(params, source, segments, test)}${noArrayOnTheWay.join('')})`
    : atLeaf(params, source, segments, test);
  const throughArrays = prefixes.map((prefix) => {
    const element = params.alias();
    const rest = atPath(params, `${element}.value`, segments.slice(prefix.length), test, missingMatches);
    const elementMatches = missingMatches
      ? `((${element}.type = 'object' AND ${rest}) OR ${element}.type <> 'object')`
      : `(${element}.type = 'object' AND ${rest})`;
    const path = jsonPath(prefix);
    return `(json_type(${source}, ${path}) = 'array' AND EXISTS (SELECT 1 FROM json_each(${source}, ${path}) AS ${element} WHERE ${elementMatches}))`;
  });
  return [direct, ...throughArrays].join(' OR ');
};

/** Whether some value at `path` passes `test` (`missingMatches`: a missing field counts, as for `null`). */
const anyValue = (params: SqlParams, path: string, test: SlotTest, missingMatches = false): string => {
  const column = COLUMNS[path];
  return column ? test(column) : `(${atPath(params, 'doc', checkPath(path), test, missingMatches)})`;
};

const oneOf =
  (params: SqlParams, values: readonly Primitive[]): SlotTest =>
  (slot) =>
    values.length === 0 ? '0' : `(${values.map((value) => equals(params, slot, value)).join(' OR ')})`;

// Positive terms stay bare so the planner can use indexes; only a negation must turn NULL into false first.
const not = (positive: string): string => `NOT coalesce(${positive}, 0)`;

const conditionSql = (params: SqlParams, condition: Condition): string => {
  const { path } = condition;
  switch (condition.op) {
    case '$eq':
      return anyValue(params, path, (s) => equals(params, s, condition.value), condition.value === null);
    case '$ne':
      return not(anyValue(params, path, (s) => equals(params, s, condition.value), condition.value === null));
    case '$in':
      return anyValue(params, path, oneOf(params, condition.value), condition.value.includes(null));
    case '$nin':
      return not(anyValue(params, path, oneOf(params, condition.value), condition.value.includes(null)));
    case '$exists': {
      const present = anyValue(params, path, (s) => `${s.type} IS NOT NULL`);
      return condition.value ? present : not(present);
    }
    default:
      return anyValue(params, path, compares(params, condition.op, condition.value));
  }
};

export const whereSql = (params: SqlParams, filter?: Filter): string => {
  const conditions = checkFilter(filter).map((condition) => conditionSql(params, condition));
  return conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`;
};

export const orderAndPageSql = (params: SqlParams, options?: FindOptions): string => {
  const { sort, limit, skip } = checkFindOptions(options);
  const order = sort.map(
    ([path, direction]) => `${fieldExpression(path)} ${direction === 1 ? 'ASC' : 'DESC'}`,
  );
  const page =
    limit === undefined && skip === 0 ? '' : ` LIMIT ${params.bind(limit ?? -1)} OFFSET ${params.bind(skip)}`;
  return ` ORDER BY ${order.join(', ')}${page}`;
};
