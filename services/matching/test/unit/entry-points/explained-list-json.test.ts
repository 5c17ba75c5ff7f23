import { explainedIn, explainedListJson } from '../../../src/entry-points/api/explanation-view';
import type { ExplanationLine } from '../../../src/domain/introductions/introduction';

const line = (criterion: string, en: string): ExplanationLine => ({
  criterion,
  score: 87.5,
  weight: 0.2,
  contribution: 17.5,
  text: { ar: `عربي: ${en}`, tr: `Türkçe: ${en}`, en },
});

const items = [
  {
    advisorId: 'a1',
    displayName: 'Mehmet "Memo" Yılmaz',
    freeCapacity: 2,
    score: 91.2,
    explanation: [line('sector', 'Both work in ISIC 35.'), line('stage', 'Growth </script>')],
    currentAdvisor: false,
  },
  { advisorId: 'a2', displayName: 'سارة', freeCapacity: 0, score: 40, explanation: [], currentAdvisor: true },
];

describe('a list of explained matches as JSON text', () => {
  test.each(['reader', 'all'] as const)(
    'when serialised with langs=%s, then it reads back as the object form with every field',
    (langs) => {
      for (const locale of ['ar', 'tr', 'en'] as const) {
        const text = explainedListJson({ startupId: 's1', lang: locale }, items, locale, langs).text;

        expect(JSON.parse(text)).toEqual({
          startupId: 's1',
          lang: locale,
          items: items.map((item) => ({
            ...item,
            explanation: explainedIn(item.explanation, locale, langs),
          })),
        });
      }
    },
  );

  test('when the same lines are listed again, then their serialised form is reused and stays right', () => {
    const first = explainedListJson({}, items, 'tr', 'reader').text;
    const second = explainedListJson({}, items, 'tr', 'reader').text;

    expect(second).toBe(first);
    expect(JSON.parse(first)).toEqual({
      items: items.map((item) => ({ ...item, explanation: explainedIn(item.explanation, 'tr', 'reader') })),
    });
  });

  test('when an item has no fields besides its explanation, then the JSON is still valid', () => {
    const text = explainedListJson({}, [{ explanation: [] }], 'en', 'reader').text;

    expect(JSON.parse(text)).toEqual({ items: [{ explanation: [] }] });
  });
});
