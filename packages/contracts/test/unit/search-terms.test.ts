import { findCity, findSector, foldSearchTerm } from '../../src';

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
