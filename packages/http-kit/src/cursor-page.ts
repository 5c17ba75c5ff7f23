import type { AppError } from '@jisr/errors';
import { z } from 'zod';
import { kitError } from './kit-messages';

/** An opaque page cursor: base64url JSON of where the next page starts (e.g. `{at, id}`). */
export const encodeCursor = (position: unknown): string =>
  Buffer.from(JSON.stringify(position)).toString('base64url');

const invalidCursor = (cause?: unknown): AppError =>
  kitError('REQUEST.INVALID_CURSOR', {
    status: 400,
    cause,
    errors: [{ path: 'query.cursor', code: 'invalid_cursor', message: 'is not a cursor this API issued' }],
  });

/**
 * Reads a cursor from `encodeCursor`; garbage or a shape `schema` refuses is a 400, never a 500.
 * Without `schema` the position is `unknown` and the caller must check it.
 */
export function decodeCursor(cursor: string): unknown;
export function decodeCursor<S extends z.ZodType>(cursor: string, schema: S): z.output<S>;
export function decodeCursor(cursor: string, schema?: z.ZodType): unknown {
  let position: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (error) {
    throw invalidCursor(error);
  }
  if (schema === undefined) return position;
  const parsed = schema.safeParse(position);
  if (!parsed.success) throw invalidCursor(parsed.error);
  return parsed.data;
}

/** `?limit=`: an integer 1..max, `fallback` (20 or max if lower) when absent. */
export const limitSchema = (max: number, fallback = Math.min(20, max)) =>
  z.coerce.number().int().min(1).max(max).default(fallback);

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

/**
 * Turns `limit + 1` fetched rows into a page: the extra row only says there is more, and the last
 * row shown becomes the cursor of the next page.
 */
export function pageOf<T>(rows: readonly T[], limit: number, positionOf: (row: T) => unknown): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(positionOf(last)) : null,
  };
}
