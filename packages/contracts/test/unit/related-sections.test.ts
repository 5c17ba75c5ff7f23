import { SECTIONS, areSectionsRelated, type SectionCode } from '@jisr/contracts';

const codes = SECTIONS.map((s) => s.code);

describe('areSectionsRelated', () => {
  test('when any two sections are compared both ways, then the answer is the same (symmetric)', () => {
    for (const a of codes) {
      for (const b of codes)
        expect({ a, b, related: areSectionsRelated(a, b) }).toEqual({
          a,
          b,
          related: areSectionsRelated(b, a),
        });
    }
  });

  test('when a section is compared with itself, then it is not "related" (same section scores separately)', () => {
    for (const a of codes) expect(areSectionsRelated(a, a)).toBe(false);
  });

  test.each<[SectionCode, SectionCode]>([
    ['A', 'C'],
    ['B', 'D'],
    ['F', 'M'],
    ['J', 'K'],
    ['G', 'H'],
    ['I', 'H'],
    ['E', 'D'],
  ])('when %s and %s are compared, then they are related', (a, b) => {
    expect(areSectionsRelated(a, b)).toBe(true);
  });

  test('when unrelated sections are compared, then they are not related and the relation stays small', () => {
    expect(areSectionsRelated('A', 'K')).toBe(false);
    expect(areSectionsRelated('O', 'J')).toBe(false);
    const relatedPairs = codes.flatMap((a) => codes.filter((b) => a < b && areSectionsRelated(a, b)));
    expect(relatedPairs.length).toBeLessThan(30);
  });
});
