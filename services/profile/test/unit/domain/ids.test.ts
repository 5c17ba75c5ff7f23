import { ID_PATTERN, newId } from '../../../src/domain/ids';

describe('newId (UUIDv7)', () => {
  test('when ids are made at increasing times, then they sort in that order', () => {
    const times = [0, 1, 1000, 60_000, 86_400_000].map(
      (offset) => new Date(Date.parse('2025-01-01T00:00:00Z') + offset),
    );

    const ids = times.map((time) => newId(time));

    expect([...ids].sort()).toEqual(ids);
  });

  test('when thousands of ids are made in the same millisecond, then they still sort in creation order', () => {
    const instant = new Date('2025-03-01T10:00:00Z');

    const ids = Array.from({ length: 5000 }, () => newId(instant));

    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('when the clock goes back, then new ids still sort after the earlier ones', () => {
    const first = newId(new Date('2025-03-01T10:00:01Z'));

    const second = newId(new Date('2025-03-01T09:59:59Z'));

    expect(second > first).toBe(true);
  });

  test('when an id is made, then it is a version 7, RFC 9562 variant UUID', () => {
    const id = newId(new Date());

    expect(id).toMatch(ID_PATTERN);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });
});
