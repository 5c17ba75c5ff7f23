import { z } from 'zod';
import { decodeCursor, encodeCursor, limitSchema, pageOf } from '@jisr/http-kit';

const positionSchema = z.object({ at: z.string(), id: z.string() }).strict();

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
};

describe('encodeCursor / decodeCursor', () => {
  test('when a position is encoded, then decoding it with its schema gives it back', () => {
    const position = { at: '2025-03-01T10:00:00.000Z', id: 'int-7' };

    expect(decodeCursor(encodeCursor(position), positionSchema)).toEqual(position);
  });

  test.each(['%%%', 'bm90IGpzb24', encodeCursor({ at: 1 }), ''])(
    'when the cursor is "%s", then it is a 400 naming query.cursor',
    (garbage) => {
      expect(refusal(() => decodeCursor(garbage, positionSchema))).toMatchObject({
        code: 'REQUEST.INVALID_CURSOR',
        status: 400,
        errors: [{ path: 'query.cursor', code: 'invalid_cursor' }],
      });
    },
  );
});

describe('limitSchema', () => {
  test('when absent, then the default applies; when too big or not a number, then it is refused', () => {
    const limit = limitSchema(50);

    expect(limit.parse(undefined)).toBe(20);
    expect(limit.parse('7')).toBe(7);
    expect(limit.safeParse('51').success).toBe(false);
    expect(limit.safeParse('0').success).toBe(false);
    expect(limit.safeParse('ten').success).toBe(false);
  });
});

describe('pageOf', () => {
  const rows = ['a', 'b', 'c'].map((id, index) => ({ id, at: `2025-03-0${index + 1}` }));

  test('when one row more than the limit was fetched, then the page has a cursor after its last item', () => {
    const page = pageOf(rows, 2, (row) => ({ at: row.at, id: row.id }));

    expect(page.items.map((row) => row.id)).toEqual(['a', 'b']);
    expect(decodeCursor(page.nextCursor ?? '', positionSchema)).toEqual({ at: '2025-03-02', id: 'b' });
  });

  test('when no extra row was fetched, then it is the last page', () => {
    expect(pageOf(rows, 3, (row) => row.id)).toEqual({ items: rows, nextCursor: null });
  });
});
