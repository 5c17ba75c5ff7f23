import { decodeCursor, encodeCursor, limitSchema } from '@jisr/http-kit';
import { z } from 'zod';
import type { Page, PageRequest } from '../../domain/profile-store.port';

/** `?cursor=&limit=` (limit 1..100, default 20), shared by every listing. */
export const pageQueryShape = {
  cursor: z.string().min(1).max(300).optional(),
  limit: limitSchema(100),
};

const cursorSchema = z.object({ after: z.string().min(1).max(100) }).strict();

export const toPageRequest = (query: { cursor?: string | undefined; limit: number }): PageRequest => ({
  after: query.cursor === undefined ? null : decodeCursor(query.cursor, cursorSchema).after,
  limit: query.limit,
});

export const pageResponse = <T>(page: Page<T>): { items: readonly T[]; nextCursor: string | null } => ({
  items: page.items,
  nextCursor: page.next === null ? null : encodeCursor({ after: page.next }),
});

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** `?flag=true|false` as a boolean; anything else is a 400. */
export const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');
