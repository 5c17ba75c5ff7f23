import type { Request } from 'express';
import { csvCell, toCsv } from '@jisr/http-kit';
import { chooseLocale, localeFromHeader } from '@jisr/http-kit';

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+90 212', "'+90 212"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['أغذية الساحل', 'أغذية الساحل'],
  ])('when a cell holds %j, then it is written as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test('when a cell is a number, a boolean or empty, then it is written as is', () => {
    expect([csvCell(-3.5), csvCell(true), csvCell(null)]).toEqual(['-3.5', 'true', '']);
  });
});

describe('toCsv', () => {
  test('when rows are written, then the document has a BOM, a header and CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
  });
});

describe('localeFromHeader', () => {
  test.each([
    ['tr-TR,tr;q=0.9,en;q=0.8', 'tr'],
    ['fr-FR, ar;q=0.5, en;q=0.4', 'ar'],
    ['en;q=0.2, ar;q=0.7', 'ar'],
    ['de, fr', undefined],
    ['ar;q=0', undefined],
  ])('when Accept-Language is %j, then the locale is %j', (header, expected) => {
    expect(localeFromHeader(header)).toBe(expected);
  });
});

describe('chooseLocale', () => {
  const request = (acceptLanguage?: string) =>
    ({ headers: acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage } }) as Request;

  test('when ?lang= is given, then it wins over the header', () => {
    expect(chooseLocale(request('tr'), 'ar')).toBe('ar');
  });

  test('when neither is given, then English is used', () => {
    expect(chooseLocale(request(), undefined)).toBe('en');
  });
});
