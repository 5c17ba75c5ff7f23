import { findCity, findSector, foldSearchTerm, searchDivisions } from '../../src';

describe('findCity', () => {
  test.each([
    ['tripoli', 'tripoli'],
    ['Tripoli', 'tripoli'],
    ['TRABLUS', 'tripoli'],
    ['طرابلس', 'tripoli'],
    ['  Benghazi ', 'benghazi'],
    ['بنغازي', 'benghazi'],
    ['الزاوية', 'zawiya'],
    ['زاوية', 'zawiya'],
    ['Zaviye', 'zawiya'],
    ['مصراته', 'misrata'],
    ['Ecdabiya', 'ajdabiya'],
    ['أجدابيا', 'ajdabiya'],
    ['اجدابيا', 'ajdabiya'],
  ])('when a person types %p, then the city is %p', (typed, city) => {
    expect(findCity(typed)).toBe(city);
  });

  test('when the name is no Libyan city, then there is none', () => {
    expect([findCity('Istanbul'), findCity(''), findCity('ال')]).toEqual([null, null, null]);
  });
});

describe('findSector', () => {
  test('when a section letter is given in either case, then it is that section', () => {
    expect([findSector('C'), findSector('d')]).toEqual([{ section: 'C' }, { section: 'D' }]);
  });

  test('when a division code is given, with or without its leading zero, then it is that division', () => {
    expect([findSector('35'), findSector('5'), findSector('05')]).toEqual([
      { division: '35' },
      { division: '05' },
      { division: '05' },
    ]);
  });

  test('when the value is neither, then there is none', () => {
    expect([findSector('Z'), findSector('04'), findSector('energy'), findSector('355')]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

test('when Arabic is written with short vowels and tatweel, then it folds to the plain letters', () => {
  expect(foldSearchTerm('طَرَابُلُـس')).toBe(foldSearchTerm('طرابلس'));
});

describe('searchDivisions', () => {
  const codes = (typed: string) => searchDivisions(typed).map((division) => division.code);

  test.each([
    ['الكهرباء', '35'],
    ['كهرباء', '35'],
    ['البرمجة الحاسوبية', '62'],
    ['ELEKTRİK', '35'],
    ['programlama', '62'],
    ['computer programming', '62'],
    ['62', '62'],
  ])('when a person types %p, then division %p is among the results', (typed, code) => {
    expect(codes(typed)).toContain(code);
  });

  test('when a section letter is typed, then its divisions come in code order', () => {
    expect(codes('D')).toEqual(['35']);
    expect(codes('j')).toEqual(['58', '59', '60', '61', '62', '63']);
  });

  test('when nothing is typed, then every division is offered; when nothing fits, none', () => {
    expect(codes('  ')).toHaveLength(88);
    expect(codes('zzzz')).toEqual([]);
  });
});
