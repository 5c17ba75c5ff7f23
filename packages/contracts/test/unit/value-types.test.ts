import {
  DEFAULT_MATCH_WEIGHTS,
  LANGUAGES,
  LIBYAN_CITIES,
  LOCALES,
  STAGES,
  TIME_ZONES,
  cityIdSchema,
  languageCodeSchema,
  languageLabel,
  languageSkillSchema,
  languageSkillsSchema,
  matchWeightsSchema,
  proficiencyLevel,
  stageIndex,
  stageLabel,
  ticketRangeSchema,
  timeZoneSchema,
} from '@jisr/contracts';

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

describe('stages', () => {
  test('when stages are indexed, then they run from idea (0) to scale (4)', () => {
    expect(STAGES.map(stageIndex)).toEqual([0, 1, 2, 3, 4]);
  });

  test('when a stage is labelled, then each locale gets its own text', () => {
    expect(stageLabel('early-revenue', 'en')).toBe('Early revenue');
    expect(stageLabel('growth', 'tr')).toBe('Büyüme');
    for (const stage of STAGES) expect(stageLabel(stage, 'ar')).toMatch(ARABIC_SCRIPT);
  });
});

describe('languages', () => {
  test('when a code is validated, then the known five and other lowercase ISO 639 codes pass', () => {
    for (const code of [...LANGUAGES, 'fr', 'tmh'])
      expect(languageCodeSchema.safeParse(code).success).toBe(true);
    for (const bad of ['AR', 'arabic', 'a', 'e1', ''])
      expect(languageCodeSchema.safeParse(bad).success).toBe(false);
  });

  test('when proficiencies are ranked, then basic is 1 and native is 4', () => {
    expect(proficiencyLevel('basic')).toBe(1);
    expect(proficiencyLevel('conversational')).toBe(2);
    expect(proficiencyLevel('fluent')).toBe(3);
    expect(proficiencyLevel('native')).toBe(4);
  });

  test('when a skill has an extra key or a language appears twice, then it is refused', () => {
    expect(languageSkillSchema.safeParse({ code: 'tr', proficiency: 'fluent', years: 3 }).success).toBe(
      false,
    );
    const twice = [
      { code: 'ar', proficiency: 'native' },
      { code: 'ar', proficiency: 'basic' },
    ];
    expect(languageSkillsSchema.safeParse(twice).success).toBe(false);
  });

  test('when a language is labelled, then known codes use curated names and others fall back to ICU or the code', () => {
    expect(languageLabel('tzm', 'en')).toBe('Amazigh (Tamazight)');
    expect(languageLabel('tr', 'tr')).toBe('Türkçe');
    expect(languageLabel('ar', 'ar')).toBe('العربية');
    expect(languageLabel('fr', 'en')).toBe('French');
    expect(languageLabel('zzz', 'en')).toBe('zzz');
  });
});

describe('ticketRangeSchema', () => {
  test('when min is above max, then the range is refused on maxUsd', () => {
    const result = ticketRangeSchema.safeParse({ minUsd: 500_000, maxUsd: 50_000 });

    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['maxUsd']);
  });

  test('when min equals max, then the range is accepted', () => {
    expect(ticketRangeSchema.parse({ minUsd: 100_000, maxUsd: 100_000 })).toEqual({
      minUsd: 100_000,
      maxUsd: 100_000,
    });
  });
});

describe('places', () => {
  test('when the cities are listed, then the 19 programme cities have unique ids, three labels and a population', () => {
    const ids = LIBYAN_CITIES.map((city) => city.id);

    expect(ids).toHaveLength(19);
    expect(new Set(ids).size).toBe(19);
    expect(ids).toEqual(expect.arrayContaining(['tripoli', 'benghazi', 'misrata', 'sabha', 'ghadames']));
    for (const city of LIBYAN_CITIES) {
      for (const locale of LOCALES) expect(city.label[locale]).not.toBe('');
      expect(city.label.ar).toMatch(ARABIC_SCRIPT);
      expect(city.population).toBeGreaterThan(0);
    }
  });

  test('when a city id is validated, then only listed ids pass', () => {
    expect(cityIdSchema.safeParse('misrata').success).toBe(true);
    expect(cityIdSchema.safeParse('Misrata').success).toBe(false);
    expect(cityIdSchema.safeParse('cairo').success).toBe(false);
  });

  test('when a time zone is validated, then IANA zones pass and made-up ones do not', () => {
    for (const zone of [...TIME_ZONES, 'Europe/Rome', 'UTC'])
      expect(timeZoneSchema.safeParse(zone).success).toBe(true);
    for (const bad of ['Libya/Tripoli', 'UTC+2', ''])
      expect(timeZoneSchema.safeParse(bad).success).toBe(false);
  });
});

describe('match weights', () => {
  test('when the defaults are validated, then they pass and add up to 1', () => {
    const weights = matchWeightsSchema.parse(DEFAULT_MATCH_WEIGHTS);

    expect(Object.values(weights).reduce((sum, w) => sum + w, 0)).toBeCloseTo(1);
  });

  test('when a weight is out of range, missing or unknown, then the weights are refused', () => {
    expect(matchWeightsSchema.safeParse({ ...DEFAULT_MATCH_WEIGHTS, sector: 1.5 }).success).toBe(false);
    const { load: _load, ...withoutLoad } = DEFAULT_MATCH_WEIGHTS;
    expect(matchWeightsSchema.safeParse(withoutLoad).success).toBe(false);
    expect(matchWeightsSchema.safeParse({ ...DEFAULT_MATCH_WEIGHTS, distance: 0.1 }).success).toBe(false);
  });
});
