import { z } from 'zod';

const pageSchema = z.looseObject({
  items: z.array(z.record(z.string(), z.unknown())),
  nextCursor: z.string().nullable(),
});

/** Every item of a cursor-paginated listing; `page(cursor)` fetches one page (100 items at most). */
export async function allItems(
  page: (cursor: string | undefined) => Promise<unknown>,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let cursor: string | undefined;
  do {
    const parsed = pageSchema.parse(await page(cursor));
    items.push(...parsed.items);
    cursor = parsed.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}

export type ProfileKind = 'startup' | 'advisor';

/** `[id, name]` of profile views: startups by their Latin name, advisors by display name. */
export function profileNames(
  items: readonly Record<string, unknown>[],
  kind: ProfileKind,
): [string, string][] {
  return items.flatMap((item): [string, string][] => {
    const id = item[`${kind}Id`];
    const name =
      kind === 'startup' ? (item.name as { latin?: unknown } | undefined)?.latin : item.displayName;
    return typeof id === 'string' && typeof name === 'string' ? [[id, name]] : [];
  });
}
