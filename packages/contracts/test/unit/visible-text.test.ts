import { visibleText } from '../../src/visible-text';

const name = visibleText({ kind: 'name', max: 120 });
const prose = visibleText({ kind: 'prose', max: 2000 });

describe('visibleText for names', () => {
  test.each([
    ['a right-to-left override', 'Shams\u202Egnp.exe'],
    ['a left-to-right embedding', 'Mehmet\u202Akcilyam'],
    ['a first-strong isolate', 'Mehmet\u2068Yılmaz\u2069'],
    ['a byte-order mark inside', 'Meh\uFEFFmet'],
    ['only zero-width spaces', '\u200B\u200B\u200B'],
    ['only format characters', '\u200B\u2060\uFEFF'],
    ['a single zero-width space', '\u200B'],
    ['a line break', 'Shams\nSolar'],
    ['a joiner at the start', '\u200DShams'],
  ])('when a name holds %s, then it is refused', (_what, value) => {
    expect(name.safeParse(value).success).toBe(false);
  });

  test('when a Persian name keeps a ZWNJ inside a word, then it is accepted unchanged', () => {
    expect(name.parse('می\u200Cخواهم')).toBe('می\u200Cخواهم');
  });

  test('when an Arabic name is written with a ZWJ between letters, then it is accepted', () => {
    expect(name.safeParse('شمس\u200Dالطاقة').success).toBe(true);
  });

  test('when a name arrives decomposed (NFD), then it is stored composed (NFC)', () => {
    const decomposed = 'Yi\u0307lmaz Şahin'.normalize('NFD');

    expect(name.parse(`  ${decomposed} `)).toBe(decomposed.normalize('NFC'));
  });

  test('when a name is only digits, then it is accepted', () => {
    expect(name.parse('404')).toBe('404');
  });
});

describe('visibleText for prose', () => {
  test('when a bio has line breaks and right-to-left marks, then it is kept', () => {
    const bio = 'سطر أول\n\u200Fسطر ثان';

    expect(prose.parse(bio)).toBe(bio);
  });

  test('when a note is only invisible characters, then it is refused', () => {
    expect(prose.safeParse('\u200B \u2060').success).toBe(false);
  });

  test('when a note holds a NUL control character, then it is refused', () => {
    expect(prose.safeParse('hello\u0000').success).toBe(false);
  });

  test('when an optional text may be empty, then an empty string passes', () => {
    expect(visibleText({ kind: 'prose', max: 10, min: 0 }).parse('  ')).toBe('');
  });
});
