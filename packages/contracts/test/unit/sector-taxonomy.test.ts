import {
  DIVISIONS,
  LOCALES,
  SECTIONS,
  divisionCodeSchema,
  divisionLabel,
  sectionCodeSchema,
  sectionLabel,
  sectionOf,
} from '@jisr/contracts';

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const allLabels = [...SECTIONS, ...DIVISIONS].map((entry) => ({ code: entry.code, label: entry.label }));

describe('ISIC sector taxonomy', () => {
  test('when the sections are listed, then they are exactly A to U', () => {
    expect(SECTIONS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
  });

  test('when the divisions are listed, then there are the 88 ISIC Rev.4 divisions, unique and in code order', () => {
    const codes = DIVISIONS.map((d) => d.code);

    expect(codes).toHaveLength(88);
    expect(new Set(codes).size).toBe(88);
    expect([...codes].sort()).toEqual(codes);
    // ISIC Rev.4 leaves these two-digit codes unused.
    for (const gap of ['04', '34', '40', '44', '48', '54', '57', '67', '76', '83', '89']) {
      expect(codes).not.toContain(gap);
    }
  });

  test("when each division's section is looked up, then it exists and every section has a division", () => {
    const sectionCodes = new Set(SECTIONS.map((s) => s.code));

    for (const division of DIVISIONS) expect(sectionCodes).toContain(division.section);
    expect(new Set(DIVISIONS.map((d) => d.section))).toEqual(sectionCodes);
  });

  test('when labels are read, then every section and division has a non-empty label in ar, tr and en', () => {
    for (const { label } of allLabels) {
      for (const locale of LOCALES) expect(label[locale].trim()).not.toBe('');
    }
  });

  test('when Arabic labels are read, then they are written in Arabic script and English ones are not', () => {
    for (const { code, label } of allLabels) {
      expect({ code, arabic: ARABIC_SCRIPT.test(label.ar) }).toEqual({ code, arabic: true });
      expect({ code, arabic: ARABIC_SCRIPT.test(label.en) || ARABIC_SCRIPT.test(label.tr) }).toEqual({
        code,
        arabic: false,
      });
    }
  });

  test('when Turkish labels are read, then they differ from the English ones (they are translated)', () => {
    const untranslated = allLabels.filter(({ label }) => label.tr === label.en).map(({ code }) => code);

    expect(untranslated).toEqual([]);
  });

  test('when a division is resolved, then its section and labels come back in the asked locale', () => {
    expect(sectionOf('62')).toBe('J');
    expect(sectionOf('09')).toBe('B');
    expect(divisionLabel('62', 'en')).toBe('Computer programming, consultancy and related activities');
    expect(divisionLabel('10', 'tr')).toBe('Gıda ürünlerinin imalatı');
    expect(sectionLabel('F', 'ar')).toBe('التشييد');
  });

  test('when codes are validated, then only real sections and divisions pass', () => {
    expect(divisionCodeSchema.safeParse('01').success).toBe(true);
    expect(divisionCodeSchema.safeParse('99').success).toBe(true);
    for (const bad of ['04', '1', '100', 'J', 62])
      expect(divisionCodeSchema.safeParse(bad).success).toBe(false);
    expect(sectionCodeSchema.safeParse('U').success).toBe(true);
    for (const bad of ['V', 'a', '']) expect(sectionCodeSchema.safeParse(bad).success).toBe(false);
  });
});
