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
        const text = explainedListJson(
          { startupId: 's1', lang: locale },
          items,
          locale,
          langs,
        ).bytes.toString();

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

  test('when a reader is served the same page again, then the same bytes go out', () => {
    const first = explainedListJson({ startupId: 's2' }, items, 'tr', 'reader').bytes;
    const second = explainedListJson(
      { startupId: 's2' },
      [...items.map((item) => ({ ...item }))],
      'tr',
      'reader',
    ).bytes;

    expect(second).toBe(first);
    expect(JSON.parse(first.toString())).toEqual({
      startupId: 's2',
      items: items.map((item) => ({ ...item, explanation: explainedIn(item.explanation, 'tr', 'reader') })),
    });
  });

  test('when any field of any item changes, then the page is serialised anew', () => {
    const head = { startupId: 's3' };
    const first = explainedListJson(head, items, 'en', 'reader').bytes;
    const fewerPlaces = [{ ...items[0]!, freeCapacity: 1 }, items[1]!];
    const rescored = [items[0]!, { ...items[1]!, explanation: [line('sector', 'Now a better fit.')] }];

    const second = JSON.parse(explainedListJson(head, fewerPlaces, 'en', 'reader').bytes.toString());
    const third = JSON.parse(explainedListJson(head, rescored, 'en', 'reader').bytes.toString());
    const shorter = JSON.parse(explainedListJson(head, [items[0]!], 'en', 'reader').bytes.toString());

    expect(JSON.parse(first.toString()).items[0].freeCapacity).toBe(2);
    expect(second.items[0].freeCapacity).toBe(1);
    expect(third.items[1].explanation[0].sentence).toBe('Now a better fit.');
    expect(shorter.items).toHaveLength(1);
  });

  test('when two readers get equal items, then each page keeps its own head', () => {
    const mine = JSON.parse(explainedListJson({ startupId: 'mine' }, items, 'ar', 'reader').bytes.toString());
    const theirs = JSON.parse(
      explainedListJson({ startupId: 'theirs' }, items, 'ar', 'reader').bytes.toString(),
    );

    expect(mine.startupId).toBe('mine');
    expect(theirs.startupId).toBe('theirs');
  });

  test('when an item has no fields besides its explanation, then the JSON is still valid', () => {
    const text = explainedListJson({}, [{ explanation: [] }], 'en', 'reader').bytes.toString();

    expect(JSON.parse(text)).toEqual({ items: [{ explanation: [] }] });
  });
});
