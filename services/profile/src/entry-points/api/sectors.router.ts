import { SECTION_CODES, searchDivisions } from '@jisr/contracts';
import { defineRoute, problems, type Route } from '@jisr/http-kit';
import { z } from 'zod';

const sectorSearchQuery = z.object({ q: z.string().max(100).optional() }).strict();

const divisionsSchema = z.object({
  items: z.array(
    z.object({
      code: z.string().describe('ISIC Rev.4 division, e.g. "62"'),
      section: z.enum(SECTION_CODES),
      label: z.object({ ar: z.string(), tr: z.string(), en: z.string() }),
    }),
  ),
});

export const sectorRoutes = (): Route[] => [
  defineRoute({
    method: 'get',
    path: '/v1/sectors',
    tag: 'Reference',
    summary: 'ISIC Rev.4 divisions found by code or by a title fragment in ar, tr or en (all without q)',
    // The public UN taxonomy: nothing in it belongs to anyone, so profile pickers need no token for it.
    access: 'public',
    query: sectorSearchQuery,
    responses: {
      200: { description: 'Divisions in code order', schema: divisionsSchema },
      400: problems[400],
    },
    handle: async ({ query }) => ({
      status: 200,
      body: { items: searchDivisions(query.q ?? '') },
      headers: { 'cache-control': 'public, max-age=86400' },
    }),
  }),
];
